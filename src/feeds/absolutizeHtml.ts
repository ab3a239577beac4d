import { absoluteAsciiUrl } from './absoluteAsciiUrl.js';

// One regex pass, not an HTML parser: this runs over thousands of feed entries per build, and
// the input is our markdown-it output (html: false), which writes every attribute as
// ` name="value"` and escapes `"` in text as &quot;, so ` href="/` only ever starts an attribute.
// `//host` is protocol-relative, already absolute, and left alone.
const rootRelative = /(\s(?:href|src)=")(\/(?!\/)[^"]*)"/g;

/** Makes article HTML's root-relative links and images absolute, since feed readers resolve them against the feed or not at all. */
export function absolutizeHtml(html: string, siteOrigin: string): string {
  const origin = siteOrigin.replace(/\/+$/, '');
  return html.replace(
    rootRelative,
    (_match, start: string, path: string) =>
      `${start}${absoluteAsciiUrl(origin + path, 'absolutizeHtml: siteOrigin + link')}"`,
  );
}
