import { relativeUrl } from './relativeUrl.js';

// Our markdown output writes every attribute as ` name="value"`, so one regex pass finds the
// root-relative links and images; no HTML parser is needed (see feeds/absolutizeHtml.ts).
const rootRelative = /(\s(?:href|src)=")(\/(?!\/)[^"]*)"/g;

/** Rewrites an article body's root-relative links for the portable (file://) build. */
export function relativizeHtml(html: string, fromPath: string): string {
  return html.replace(rootRelative, (_match, start: string, path: string) => {
    const decoded = safeDecode(path);
    return `${start}${relativeUrl(fromPath, decoded)}"`;
  });
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
