import { absoluteAsciiUrl } from './absoluteAsciiUrl.js';

// One regex pass, not an HTML parser: this runs over thousands of feed entries per build, and
// the input is our markdown-it output (html: false), which writes every attribute as
// ` name="value"` and escapes `"` in text as &quot;, so ` href="/` only ever starts an attribute.
// `//host` is protocol-relative, already absolute, and left alone.
const rootRelativeOrFragment = /(\s(?:href|src)=")((?:\/(?!\/)|#)[^"]*)"/g;

/**
 * Makes article HTML's root-relative links and images absolute, since feed readers resolve them
 * against the feed or not at all. Given the article's own URL, `#fragment` links (footnotes,
 * headings) point into the article too: RSS and JSON Feed have no xml:base to resolve them by.
 */
export function absolutizeHtml(html: string, siteOrigin: string, pageUrl?: string): string {
  const origin = siteOrigin.replace(/\/+$/, '');
  const page = pageUrl?.replace(/#.*$/, '');
  return html.replace(rootRelativeOrFragment, (match, start: string, link: string) => {
    if (link.startsWith('/')) {
      return `${start}${absoluteAsciiUrl(origin + link, 'absolutizeHtml: siteOrigin + link')}"`;
    }
    if (page === undefined) return match;
    return `${start}${absoluteAsciiUrl(page + link, 'absolutizeHtml: pageUrl + fragment')}"`;
  });
}
