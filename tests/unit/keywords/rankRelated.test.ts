import { describe, expect, it } from 'vitest';
import { buildKeywordIndex, type KeywordSource } from '../../../src/keywords/buildKeywordIndex.js';
import { rankRelated, type RelatedOptions } from '../../../src/keywords/rankRelated.js';

const DAY = 86_400_000;

// Articles newest first, one day apart, with urls that sort like their positions.
function sources(keywordLists: readonly string[][]): KeywordSource[] {
  return keywordLists.map((keywords, position) => ({
    inputPath: `content/articles/${position}.md`,
    url: `/articles/${String(position).padStart(4, '0')}/`,
    date: (keywordLists.length - position) * DAY,
    keywords,
  }));
}

function related(articles: readonly KeywordSource[], options?: RelatedOptions): number[][] {
  return rankRelated(
    buildKeywordIndex(articles),
    articles.map((article) => article.date),
    articles.map((article) => article.url),
    options,
  );
}

describe('rankRelated', () => {
  it('ranks a shared rare keyword above shared common ones, then fills by time', () => {
    const articles = sources([
      ['rare', 'common'],
      ['common'],
      ['common'],
      ['rare'],
      ['common'],
      ['other'],
    ]);
    expect(related(articles)[0]).toEqual([3, 1, 2, 4, 5]);
  });

  it('weighs one keyword shared by 2 articles above two keywords shared by half the site', () => {
    const keywordLists = Array.from({ length: 40 }, (_, position) =>
      position < 20 ? ['c1', 'c2'] : ['filler'],
    );
    keywordLists[0] = ['c1', 'c2', 'rare'];
    keywordLists[30] = ['filler', 'rare'];
    expect(related(sources(keywordLists), { limit: 3 })[0]).toEqual([30, 1, 2]);
  });

  it('breaks equal scores by closeness in time, then by url in code-point order', () => {
    const articles: KeywordSource[] = [
      { inputPath: 'a.md', url: '/b/', date: 30 * DAY, keywords: ['AI'] },
      { inputPath: 'b.md', url: '/m/', date: 20 * DAY, keywords: ['AI'] },
      { inputPath: 'c.md', url: '/a/', date: 10 * DAY, keywords: ['AI'] },
      { inputPath: 'd.md', url: '/\u{20000}/', date: 5 * DAY, keywords: ['AI'] },
      { inputPath: 'e.md', url: '/\ufa0e/', date: 5 * DAY, keywords: ['AI'] },
    ];
    // 0 and 2 are both ten days from 1, and "/a/" sorts before "/b/"; 3 and 4 are fifteen days
    // away, and U+FA0E sorts before U+20000 by code point (not by UTF-16 unit).
    expect(related(articles)[1]).toEqual([2, 0, 4, 3]);
  });

  it('is never related to itself, even when listing a keyword twice', () => {
    const result = related(sources([['AI', 'ai'], ['AI', 'ＡＩ'], ['ai'], []]));
    expect(result).toEqual([
      [1, 2, 3],
      [0, 2, 3],
      [1, 0, 3],
      [2, 1, 0],
    ]);
  });

  it('still ranks by a keyword every article shares, below any rarer shared keyword', () => {
    const result = related(
      sources([['news', 'rare'], ['news'], ['news'], ['news', 'rare'], ['news']]),
      { limit: 4 },
    );
    expect(result).toEqual([
      [3, 1, 2, 4],
      [0, 2, 3, 4],
      [1, 3, 0, 4],
      [0, 2, 4, 1],
      [3, 2, 1, 0],
    ]);
  });

  it('fills with the nearest articles in time, older first and then newer, after keyword matches', () => {
    const articles = sources([['x'], ['y'], ['z'], ['shared'], ['w'], ['shared'], ['v']]);
    const result = related(articles, { limit: 4 });
    expect(result[3]).toEqual([5, 4, 2, 1]);
    expect(result[0]).toEqual([1, 2, 3, 4]);
    expect(result[6]).toEqual([5, 4, 3, 2]);
    expect(result[4]).toEqual([5, 3, 6, 2]);
  });

  it('returns as many as it can on small sites and nothing for limit 0', () => {
    const articles = sources([['a'], ['b']]);
    expect(related(articles)).toEqual([[1], [0]]);
    expect(related(articles, { limit: 0 })).toEqual([[], []]);
    expect(related(sources([['a']]))).toEqual([[]]);
    expect(related([])).toEqual([]);
  });

  it('gives 6 related articles by default', () => {
    const result = related(sources(Array.from({ length: 10 }, () => ['AI'])));
    expect(result[0]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('scores a very common keyword only for the articles nearest in time', () => {
    // Same date everywhere, so url order alone decides: uncapped, the smallest urls of the whole
    // site would win; capped, only those inside the window around the article can.
    const articles = sources(Array.from({ length: 1000 }, () => ['AI'])).map((article) => ({
      ...article,
      date: 0,
    }));
    const capped = related(articles, { limit: 5, maxPostingsPerKeyword: 10 });
    expect(capped[500]).toEqual([495, 496, 497, 498, 499]);
    expect(capped[0]).toEqual([1, 2, 3, 4, 5]);
    expect(capped[999]).toEqual([990, 991, 992, 993, 994]);
    const uncapped = related(articles, { limit: 5, maxPostingsPerKeyword: 1000 });
    expect(uncapped[500]).toEqual([0, 1, 2, 3, 4]);
  });

  it('caps with 400 postings by default', () => {
    const articles = sources(Array.from({ length: 1000 }, () => ['AI'])).map((article) => ({
      ...article,
      date: 0,
    }));
    expect(related(articles, { limit: 2 })[700]).toEqual([500, 501]);
  });

  it('gives the same result on every run and whatever the order of keywords and equal-date articles', () => {
    const pool = ['AI', '芯片', '大模型', 'OpenAI', '英伟达', '华为', 'GPT-4o', '自动驾驶'];
    const articles = sources(
      Array.from({ length: 60 }, (_, position) =>
        [0, 1, 2].map((step) => pool[(position * (step + 3) + step * step) % pool.length] ?? ''),
      ),
    ).map((article) => ({ ...article, date: Math.floor(article.date / (10 * DAY)) }));
    // Related articles by url, so that inputs in another order can be compared.
    const relatedUrls = (list: readonly KeywordSource[]): Map<string, string[]> => {
      const result = related(list, { limit: 4 });
      return new Map(
        list.map((article, position) => [
          article.url,
          (result[position] ?? []).map((other) => list[other]?.url ?? ''),
        ]),
      );
    };

    expect(related(articles, { limit: 4 })).toEqual(related(articles, { limit: 4 }));
    // Reverse each article's keywords, and the order of the articles that share a date.
    const shuffled = articles
      .map((article) => ({ ...article, keywords: [...article.keywords].reverse() }))
      .sort((a, b) => b.date - a.date || (a.url < b.url ? 1 : -1));
    expect(shuffled.map((article) => article.url)).not.toEqual(articles.map((a) => a.url));
    expect(relatedUrls(shuffled)).toEqual(relatedUrls(articles));
  });

  it('refuses dates or urls that do not match the index', () => {
    const index = buildKeywordIndex(sources([['a'], ['b']]));
    expect(() => rankRelated(index, [0], ['/a/', '/b/'])).toThrow(
      '[zixun] rankRelated: got 2 articles in the index but 1 dates and 2 urls; pass one date and one url per article, in index order',
    );
  });
});
