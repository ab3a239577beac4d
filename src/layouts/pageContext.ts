import type { SiteModel } from '../site/loadSite.js';

/** Fingerprinted asset URLs (site paths), so a new build never pairs new HTML with stale CSS or JS. */
export interface AssetUrls {
  css: string;
  settingsScript: string;
  /** Inline head script that applies stored reader settings before first paint. */
  themeBootstrap: string;
}

/** What every layout receives: the site model, the assets and a URL helper bound to the base path. */
export interface PageContext {
  site: SiteModel;
  assets: AssetUrls;
  /** Site path with the base path applied, e.g. url('/tags/') → '/news/tags/'. */
  url: (path: string) => string;
  /** Absolute, percent-encoded URL for canonical links, feeds and Open Graph. */
  absolute: (path: string) => string;
}
