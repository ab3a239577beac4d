import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../../src/site/absoluteUrl.js';
import { normalizeBasePath } from '../../../src/site/normalizeBasePath.js';
import { sitePath } from '../../../src/site/sitePath.js';

describe('normalizeBasePath', () => {
  it('turns every spelling of a folder into /folder/', () => {
    for (const spelling of ['news', '/news', 'news/', '/news/', ' //news// ']) {
      expect(normalizeBasePath(spelling)).toBe('/news/');
    }
  });

  it('turns an empty or root base path into /', () => {
    for (const spelling of ['', '/', '//', '  ']) expect(normalizeBasePath(spelling)).toBe('/');
  });

  it('keeps nested folders', () => {
    expect(normalizeBasePath('a/b')).toBe('/a/b/');
  });
});

describe('sitePath', () => {
  it('leaves paths alone at the root', () => {
    expect(sitePath('/', '/tags/ai/')).toBe('/tags/ai/');
  });

  it('prefixes site paths with the base path once', () => {
    expect(sitePath('/news/', '/tags/ai/')).toBe('/news/tags/ai/');
    expect(sitePath('/news/', '/')).toBe('/news/');
  });

  it('leaves links that are not site paths alone', () => {
    expect(sitePath('/news/', 'https://example.com/')).toBe('https://example.com/');
    expect(sitePath('/news/', 'a/b')).toBe('a/b');
  });
});

describe('absoluteUrl', () => {
  it('joins the site URL, the base path and the path', () => {
    expect(absoluteUrl('https://it.example.com', '/news/', '/feed.xml')).toBe(
      'https://it.example.com/news/feed.xml',
    );
  });

  it('percent-encodes Chinese path characters as UTF-8', () => {
    expect(absoluteUrl('https://it.example.com', '/', '/tags/人工智能/')).toBe(
      'https://it.example.com/tags/%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD/',
    );
  });
});
