import { describe, expect, it } from 'vitest';
import { hostHeaders } from '../../../src/offline/hostHeaders.js';
import { hostRedirects } from '../../../src/offline/hostRedirects.js';

describe('hostHeaders', () => {
  it('makes fingerprinted assets immutable and revalidates sw.js and the manifest', () => {
    expect(hostHeaders('/')).toBe(
      [
        '# Written by the Zixun build (src/offline/hostHeaders.ts) for Cloudflare Pages and Netlify.',
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

  it('has no catch-all rule, which both hosts would merge into the asset rule', () => {
    expect(hostHeaders('/')).not.toMatch(/^\/\*$/m);
  });

  it('follows the base path', () => {
    expect(hostHeaders('/news/')).toContain('/news/assets/*\n');
    expect(hostHeaders('/news/')).toContain('/news/sw.js\n');
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
