import type { SiteModel } from './loadSite.js';

let last: SiteModel | undefined;

/** Keeps the model the plugin loaded, so the build CLI can report counts and warnings without loading twice. */
export function rememberSiteModel(model: SiteModel): SiteModel {
  last = model;
  return model;
}

/** The model of the most recent load in this process, if any. */
export function lastSiteModel(): SiteModel | undefined {
  return last;
}
