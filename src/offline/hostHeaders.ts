import { securityHeaders } from '../security/securityHeaders.js';
import { requestPath } from './requestPath.js';

/**
 * The `_headers` file Cloudflare Pages and Netlify read from the output folder. Every response
 * gets the Content-Security-Policy (`csp`, made for this build's inline script) and the security
 * headers through a catch-all rule. Both hosts join the headers of every matching rule, so that
 * rule sets no Cache-Control: fingerprinted assets are immutable for a year; sw.js and the
 * manifest must be revalidated so an update (or the kill switch) reaches readers; HTML keeps both
 * hosts' default, `max-age=0, must-revalidate`.
 */
export function hostHeaders(basePath: string, csp: string): string {
  const path = (to: string) => requestPath(basePath, to);
  const security = { 'Content-Security-Policy': csp, ...securityHeaders };
  return [
    '# Written by the Zixun build (src/offline/hostHeaders.ts) for Cloudflare Pages and Netlify.',
    `${path('/')}*`,
    ...Object.entries(security).map(([name, value]) => `  ${name}: ${value}`),
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
