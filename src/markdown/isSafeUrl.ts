const allowedSchemes = new Set(['http', 'https', 'mailto', 'tel']);

// SVG can carry script, so data: URLs are allowed only for raster images.
const rasterDataUrl = /^data:image\/(?:png|gif|jpeg|webp);/i;

// A relative reference: empty, starting with / ? # or ., or a first path segment without `:`
// (RFC 3986 §4.2). Anything else, such as `&#1;javascript:` or `java%09script:`, is a disguised scheme.
const plainRelative = /^(?:$|[/?#.]|[\w%~-][^:/?#]*(?:[/?#]|$))/;

/**
 * Replaces markdown-it's validateLink with an allowlist, so no link or image can run script.
 * markdown-it hands it the normalized URL (entities decoded, spaces, controls and non-ASCII
 * percent-encoded), which is exactly what the browser will see.
 */
export function isSafeUrl(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return plainRelative.test(url);
  return allowedSchemes.has(scheme) || (scheme === 'data' && rasterDataUrl.test(url));
}
