import type { AssetUrls, PageContext } from '../layouts/pageContext.js';
import { absoluteUrl } from '../site/absoluteUrl.js';
import type { SiteModel } from '../site/loadSite.js';
import { sitePath } from '../site/sitePath.js';

const contexts = new WeakMap<SiteModel, PageContext>();

/** One page context per build, shared by every page, so URL helpers are not rebuilt per page. */
export function pageContextFor(site: SiteModel, assets: AssetUrls): PageContext {
  let context = contexts.get(site);
  if (!context) {
    const { url: siteUrl, basePath } = site.settings;
    context = {
      site,
      assets,
      url: (path) => sitePath(basePath, path),
      absolute: (path) => absoluteUrl(siteUrl, basePath, path),
    };
    contexts.set(site, context);
  }
  return context;
}
