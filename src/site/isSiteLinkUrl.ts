import { isHttpUrl } from '../content/isHttpUrl.js';

// Spaces, controls and backslashes (which browsers read as `/`) have no place in a link.
const unsafe = /[\s\p{Cc}\\]/u;

/** Whether a nav or footer link in site.json may be emitted: an http(s) URL, a site path or a mailto: address. */
export function isSiteLinkUrl(url: string): boolean {
  if (unsafe.test(url)) return false;
  // One leading slash: `//host/` would name another site.
  if (url.startsWith('/')) return !url.startsWith('//');
  return /^mailto:./i.test(url) || isHttpUrl(url);
}
