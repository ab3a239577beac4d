import { describe, expect, it } from 'vitest';
import { precacheList } from '../../../src/offline/precacheList.js';

describe('precacheList', () => {
  it('lists the shell pages, extra pages and sorted assets, then the newest articles', () => {
    const list = precacheList({
      assets: ['/assets/site.0123456789.css', '/assets/offline.0123456789.js'],
      pages: ['/search/'],
      articles: ['/2024/06/03/c/', '/2024/06/02/b/', '/2024/06/01/a/'],
      articleCount: 2,
    });
    expect(list).toEqual({
      shell: [
        '/',
        '/tags/',
        '/saved/',
        '/offline/',
        '/manifest.webmanifest',
        '/search/',
        '/assets/offline.0123456789.js',
        '/assets/site.0123456789.css',
      ],
      articles: ['/2024/06/03/c/', '/2024/06/02/b/'],
    });
  });

  it('precaches no article when the count is 0', () => {
    const list = precacheList({ assets: [], pages: [], articles: ['/a/'], articleCount: 0 });
    expect(list.articles).toEqual([]);
  });
});
