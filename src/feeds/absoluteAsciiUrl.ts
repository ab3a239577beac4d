// What encodeURI leaves alone (RFC 3986 reserved and unreserved characters and `#`), plus `%`,
// which is kept only as the start of a `%XX` escape so encoded input is never encoded twice.
const needsEncoding = /%(?![0-9A-Fa-f]{2})|[^\w\-.!~*'();/?:@&=+$,#%]+/g;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Checks that a URL is absolute and percent-encodes anything outside ASCII URL characters, since
 * feed readers and sitemaps need absolute URLs and the sitemap protocol needs them as ASCII.
 */
export function absoluteAsciiUrl(url: string, where: string): string {
  if (!/^https?:\/\/[^/]/i.test(url)) {
    throw new Error(
      `[zixun] ${where} "${url}" is not an absolute http(s) URL (build it with absoluteUrl(siteUrl, basePath, path) from src/site/absoluteUrl.ts)`,
    );
  }
  // encodeURI throws on an unpaired surrogate; U+FFFD is what a browser would send instead.
  return url.replace(needsEncoding, (run) => encodeURI(run.replace(loneSurrogate, '\uFFFD')));
}
