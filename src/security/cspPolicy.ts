/** How a policy reaches the browser: an HTTP header, or a `<meta http-equiv>` in every page. */
export type CspDelivery = 'header' | 'meta';

/**
 * The site's Content-Security-Policy: everything from the site itself, inline scripts only by
 * their hashes, no inline styles, no eval, no plugins, and (as a header) no framing. Built once
 * per build from the hashes of the scripts every page inlines.
 */
export function cspPolicy(scriptHashes: readonly string[], delivery: CspDelivery): string {
  const directives = [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    "style-src 'self'",
    // data: for the raster data: images bodies may hold and the favicon; https: for remote
    // images (an http one on an https page is upgraded before CSP checks it: Fetch §4.1 main fetch).
    "img-src 'self' data: https:",
    // The search index, the service worker, the manifest.
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
  // Browsers ignore frame-ancestors in a meta policy, with a console error: https://www.w3.org/TR/CSP3/#meta-element
  if (delivery === 'header') directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}
