import { requestPath } from './requestPath.js';

/**
 * The `_headers` file Cloudflare Pages and Netlify read from the output folder. Fingerprinted
 * assets are immutable for a year; sw.js and the manifest must be revalidated so an update (or the
 * kill switch) reaches readers. HTML needs no rule: both hosts already send
 * `max-age=0, must-revalidate`, and a catch-all `/*` rule would be merged into the asset rule
 * (both hosts join the headers of every matching rule).
 */
export function hostHeaders(basePath: string): string {
  const path = (to: string) => requestPath(basePath, to);
  return [
    '# Written by the Zixun build (src/offline/hostHeaders.ts) for Cloudflare Pages and Netlify.',
    `${path('/assets/')}*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    path('/sw.js'),
    '  Cache-Control: no-cache',
    path('/manifest.webmanifest'),
    '  Cache-Control: no-cache',
    '  Content-Type: application/manifest+json',
    '',
  ].join('\n');
}
