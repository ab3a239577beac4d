import { absoluteAsciiUrl } from './absoluteAsciiUrl.js';

/** Lets every crawler in and names the sitemap, which must be an absolute URL (https://www.sitemaps.org/protocol.html#submit_robots). */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteAsciiUrl(sitemapUrl, 'robotsTxt: sitemapUrl')}\n`;
}
