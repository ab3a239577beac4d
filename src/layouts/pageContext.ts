import type { ManifestIcons } from '../offline/webManifest.js';
import type { SiteModel } from '../site/loadSite.js';

/** Fingerprinted asset URLs (site paths), so a new build never pairs new HTML with stale CSS or JS. */
export interface AssetUrls {
  css: string;
  settingsScript: string;
  /** Registers the service worker and runs the save button and the 有更新 notice. */
  offlineScript: string;
  /** Lists saved and visited articles on the 已保存 page. */
  savedScript: string;
  /** Generated app icons for the manifest and apple-touch-icon. */
  icons: ManifestIcons;
  /** Inline head script that applies stored reader settings before first paint. */
  themeBootstrap: string;
  /** The Content-Security-Policy every page carries in a meta tag; it allows themeBootstrap by hash. */
  cspMeta: string;
}

/** What every layout receives: the site model, the assets and URL helpers for the page being rendered. */
export interface PageContext {
  site: SiteModel;
  assets: AssetUrls;
  /** Site path of the page being rendered, without the base path. */
  path: string;
  /** Link to a site path from this page: base path applied, or relative in the portable build. */
  url: (path: string) => string;
  /** Absolute, percent-encoded URL for canonical links, feeds and Open Graph. */
  absolute: (path: string) => string;
  /** Article body HTML as this page must print it (links made relative in the portable build). */
  bodyHtml: (html: string) => string;
}
