import type { AssetUrls, PageContext } from '../layouts/pageContext.js';
import { absoluteUrl } from '../site/absoluteUrl.js';
import type { SiteModel } from '../site/loadSite.js';
import { relativeUrl } from '../site/relativeUrl.js';
import { relativizeHtml } from '../site/relativizeHtml.js';
import { sitePath } from '../site/sitePath.js';

/** The context for one page; the helpers close over the page path only in the portable build. */
export function pageContextFor(site: SiteModel, assets: AssetUrls, path: string): PageContext {
  const { url: siteUrl, basePath, portable } = site.settings;
  return {
    site,
    assets,
    path,
    url: portable ? (to) => relativeUrl(path, to) : (to) => sitePath(basePath, to),
    absolute: (to) => absoluteUrl(siteUrl, basePath, to),
    bodyHtml: portable ? (html) => relativizeHtml(html, path) : (html) => html,
  };
}
