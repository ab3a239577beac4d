import { describe, expect, it } from 'vitest';
import { ownerSitemapUrls } from '../../../src/feeds/ownerSitemapUrls.js';

describe('ownerSitemapUrls', () => {
  it('keeps HTML pages, in order, without lastmod, and leaves out sitemap: false and other files', () => {
    const absolute = (path: string) => `https://a.example.com/news${path}`;
    expect(
      ownerSitemapUrls(
        [
          { url: '/about/', data: {} },
          { url: '/old.html' },
          { url: '/hidden/', data: { sitemap: false } },
          { url: '/notes.txt' },
          { url: false },
        ],
        absolute,
      ),
    ).toEqual([
      { loc: 'https://a.example.com/news/about/' },
      { loc: 'https://a.example.com/news/old.html' },
    ]);
  });
});
