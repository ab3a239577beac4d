import { describe, expect, it } from 'vitest';
import { hostHeaders } from '../../../src/offline/hostHeaders.js';
import { hostRedirects } from '../../../src/offline/hostRedirects.js';

describe('hostHeaders', () => {
  const csp = "default-src 'self'; frame-ancestors 'none'";

  it('sends the CSP and security headers everywhere, makes assets immutable and revalidates sw.js and the manifest', () => {
    expect(hostHeaders('/', csp)).toBe(
      [
        '# Written by the Zixun build (src/offline/hostHeaders.ts) for Cloudflare Pages and Netlify.',
        '/*',
        `  Content-Security-Policy: ${csp}`,
        '  X-Content-Type-Options: nosniff',
        '  Referrer-Policy: strict-origin-when-cross-origin',
        '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
        '/assets/*',
        '  Cache-Control: public, max-age=31536000, immutable',
        '/sw.js',
        '  Cache-Control: no-cache',
        '/manifest.webmanifest',
        '  Cache-Control: no-cache',
        '  Content-Type: application/manifest+json',
        '',
      ].join('\n'),
    );
  });

  it('sets no Cache-Control in the catch-all rule, which both hosts would merge into the asset rule', () => {
    const catchAll = /^\/\*\n((?: {2}.*\n)*)/m.exec(hostHeaders('/', csp))?.[1] ?? '';
    expect(catchAll).toContain('Content-Security-Policy');
    expect(catchAll).not.toContain('Cache-Control');
  });

  it('follows the base path', () => {
    const headers = hostHeaders('/news/', csp);
    expect(headers).toContain(`/news/*\n  Content-Security-Policy: ${csp}\n`);
    expect(headers).toContain('/news/assets/*\n');
    expect(headers).toContain('/news/sw.js\n');
  });
});

describe('hostRedirects', () => {
  it('at the root maps Hexo’s /atom.xml to the feed', () => {
    expect(hostRedirects('/')).toBe(
      '# Written by the Zixun build (src/offline/hostRedirects.ts) for Cloudflare Pages and Netlify.\n' +
        '/atom.xml /feed.xml 301\n',
    );
  });

  it('under a sub-path serves the site there and sends / to it', () => {
    expect(hostRedirects('/news/').split('\n').slice(1)).toEqual([
      '/news/atom.xml /news/feed.xml 301',
      '/ /news/ 302',
      '/news/* /:splat 200',
      '',
    ]);
  });
});
