import { describe, expect, it } from 'vitest';
import { pageSignatures } from '../../../src/render/pageSignatures.js';
import type { SiteModel } from '../../../src/site/loadSite.js';

/** A model with just what pageSignatures reads: four articles, related pairs, two keywords, one list page. */
function model(versions: string[], names = ['甲', '乙']): SiteModel {
  const keyword = (index: number) => ({
    key: `k${index}`,
    slug: `k${index}`,
    name: names[index] ?? '',
    articles: index === 0 ? [0, 1] : [2, 3],
  });
  const entries = [keyword(0), keyword(1)];
  return {
    articles: versions.map((_, index) => ({
      url: `/a${index}/`,
      date: new Date(1000 * (index + 1)),
    })),
    related: [[1], [0], [3], [2]],
    keywordIndex: {
      entries,
      articleKeywords: [[entries[0]], [entries[0]], [entries[1]], [entries[1]]],
    },
    lists: [
      {
        kind: 'keyword',
        path: '/tags/k1/',
        title: '乙',
        pageNumber: 1,
        pageCount: 1,
        total: 2,
        items: [2, 3],
        keyword: entries[1],
      },
    ],
    settings: { pageSize: { keyword: 20 } },
    versions,
  } as unknown as SiteModel;
}

describe('pageSignatures', () => {
  it('is undefined for a one-off build, which has no article versions', () => {
    expect(
      pageSignatures({ ...model(['a', 'b', 'c', 'd']), versions: undefined }, 'site', 0),
    ).toBeUndefined();
  });

  it('changes only for the pages that show the edited article', () => {
    const before = pageSignatures(model(['a', 'b', 'c', 'd']), 'site', 0);
    const after = pageSignatures(model(['a', 'b', 'c', 'd2']), 'site', 0);
    const changed = (kind: 'articles' | 'lists' | 'feeds') =>
      before?.[kind].map((signature, index) => signature !== after?.[kind][index]);
    // Article 3 itself, article 2 (its neighbour and related), not 0; article 1 is 3's neighbour
    // only through 2, so it stays.
    expect(changed('articles')).toEqual([false, false, true, true]);
    expect(changed('lists')).toEqual([true]);
    expect(changed('feeds')).toEqual([false, true]);
  });

  it('changes a future article page when its time comes (its 草稿 mark goes)', () => {
    const early = pageSignatures(model(['a', 'b', 'c', 'd']), 'site', 2500);
    const later = pageSignatures(model(['a', 'b', 'c', 'd']), 'site', 5000);
    expect(early?.articles.map((signature, index) => signature !== later?.articles[index])).toEqual(
      [false, false, true, true],
    );
  });

  it('changes every page when the site-wide inputs change, and a keyword page when its name does', () => {
    const before = pageSignatures(model(['a', 'b', 'c', 'd']), 'site', 0);
    expect(
      pageSignatures(model(['a', 'b', 'c', 'd']), 'other', 0)?.articles.every(
        (signature, index) => signature !== before?.articles[index],
      ),
    ).toBe(true);
    const renamed = pageSignatures(model(['a', 'b', 'c', 'd'], ['甲', '乙乙']), 'site', 0);
    expect(renamed?.lists[0]).not.toBe(before?.lists[0]);
    expect(renamed?.articles[0]).toBe(before?.articles[0]);
  });
});
