import { sitePath } from './sitePath.js';

/** Absolute, ASCII-only URL for feeds, sitemaps and canonical links: non-ASCII path characters are percent-encoded. */
export function absoluteUrl(siteUrl: string, basePath: string, path: string): string {
  return siteUrl + encodeURI(sitePath(basePath, path));
}
