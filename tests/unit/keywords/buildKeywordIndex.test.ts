import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/content/contentProblem.js';
import {
  buildKeywordIndex,
  type KeywordIndex,
  type KeywordSource,
} from '../../../src/keywords/buildKeywordIndex.js';

function article(name: string, keywords: string[]): KeywordSource {
  return {
    inputPath: `./content/articles/${name}.md`,
    url: `/articles/${name}/`,
    date: 0,
    keywords,
  };
}

function summary(index: KeywordIndex): [slug: string, name: string, articles: number[]][] {
  return index.entries.map((entry) => [entry.slug, entry.name, entry.articles]);
}

describe('buildKeywordIndex', () => {
  it('merges xAI, XAI, "xai " and ｘＡＩ into one keyword named by its most used spelling', () => {
    const index = buildKeywordIndex([
      article('a', ['xAI']),
      article('b', ['XAI']),
      article('c', ['xai ']),
      article('d', ['ｘＡＩ']),
      article('e', ['XAI']),
    ]);
    expect(index.entries).toEqual([
      { key: 'xai', slug: 'xai', name: 'XAI', articles: [0, 1, 2, 3, 4] },
    ]);
    expect(index.problems).toEqual([]);
  });

  it('names a keyword by the spelling seen first when spellings are used equally often', () => {
    const index = buildKeywordIndex([
      article('a', ['OpenAI']),
      article('b', ['openai']),
      article('c', ['openai']),
      article('d', ['OpenAI']),
    ]);
    expect(summary(index)).toEqual([['openai', 'OpenAI', [0, 1, 2, 3]]]);
  });

  it('tidies the spacing of the display name but keeps the editor’s case and script', () => {
    const index = buildKeywordIndex([article('a', ['  Open\u3000 AI ']), article('b', ['大模型'])]);
    expect(summary(index)).toEqual([
      ['open-ai', 'Open AI', [0]],
      ['大模型', '大模型', [1]],
    ]);
  });

  it('sorts entries by article count, then by slug in code-point order', () => {
    const index = buildKeywordIndex([
      article('a', ['\u{20000}', 'b', 'GPT']),
      article('b', ['\ufa0e', 'a', 'GPT']),
      article('c', ['z', 'GPT']),
      article('d', ['z']),
    ]);
    // UTF-16 order would put U+20000 (a surrogate pair) before U+FA0E.
    expect(index.entries.map((entry) => entry.slug)).toEqual([
      'gpt',
      'z',
      'a',
      'b',
      '\ufa0e',
      '\u{20000}',
    ]);
  });

  it('keeps each entry’s articles in input order, so keyword pages need no sort', () => {
    const index = buildKeywordIndex([
      article('newest', ['AI']),
      article('middle', ['芯片']),
      article('older', ['芯片', 'AI']),
      article('oldest', ['ai']),
    ]);
    expect(index.bySlug.get('ai')?.articles).toEqual([0, 2, 3]);
    expect(index.bySlug.get('芯片')?.articles).toEqual([1, 2]);
  });

  it('counts a keyword once per article, whatever its spellings, and keeps the article’s own order', () => {
    const index = buildKeywordIndex([
      article('a', ['人工智能', 'AI', 'ai', 'ＡＩ', '芯片', '人工智能 ']),
      article('b', ['芯片', 'AI']),
    ]);
    expect(index.articleKeywords.map((own) => own.map((entry) => entry.slug))).toEqual([
      ['人工智能', 'ai', '芯片'],
      ['芯片', 'ai'],
    ]);
    expect(summary(index)).toEqual([
      ['ai', 'AI', [0, 1]],
      ['芯片', '芯片', [0, 1]],
      ['人工智能', '人工智能', [0]],
    ]);
  });

  it('shares one entry object between entries, bySlug and articleKeywords', () => {
    const index = buildKeywordIndex([article('a', ['AI']), article('b', ['ai'])]);
    const entry = index.bySlug.get('ai');
    expect(entry).toBe(index.entries[0]);
    expect(index.articleKeywords[1]?.[0]).toBe(entry);
    expect(index.bySlug.size).toBe(1);
  });

  it('gives an article without keywords an empty list', () => {
    const index = buildKeywordIndex([article('a', []), article('b', ['AI'])]);
    expect(index.articleKeywords).toEqual([[], [index.entries[0]]]);
  });

  it('skips empty keywords with a warning naming the file and field', () => {
    const index = buildKeywordIndex([article('a', ['AI', '', '  ', '\u3000']), article('b', [])]);
    expect(summary(index)).toEqual([['ai', 'AI', [0]]]);
    expect(index.problems).toEqual(
      [2, 3, 4].map((position) => ({
        file: 'content/articles/a.md',
        field: 'keywords',
        message: `keyword ${position} is empty; remove it or fill it in`,
        severity: 'warning',
      })),
    );
  });

  describe('overrides', () => {
    it('pins a slug for a keyword matched in any spelling', () => {
      const index = buildKeywordIndex([article('a', ['xAI']), article('b', ['C#'])], {
        'ｘａｉ ': 'x-ai',
        'c#': 'csharp',
      });
      expect(summary(index)).toEqual([
        ['csharp', 'C#', [1]],
        ['x-ai', 'xAI', [0]],
      ]);
      expect(index.bySlug.get('x-ai')?.key).toBe('xai');
      expect(index.problems).toEqual([]);
    });

    it('rejects a pinned slug that breaks the slug rules and falls back to the generated slug', () => {
      const index = buildKeywordIndex(
        [article('a', ['C#']), article('b', ['Open AI'])],
        { 'C#': 'c#', 'Open AI': 'Open-AI' },
        'content/_data/site.yaml',
      );
      expect(summary(index)).toEqual([
        ['c-sharp', 'C#', [0]],
        ['open-ai', 'Open AI', [1]],
      ]);
      expect(index.problems).toEqual([
        {
          file: 'content/_data/site.yaml',
          field: 'keywordSlugs',
          message:
            '"C#" is pinned to "c#", which contains "#" (U+0023); expected lower-case letters, digits and - _ . ~ only, such as "c-sharp"',
          severity: 'error',
        },
        {
          file: 'content/_data/site.yaml',
          field: 'keywordSlugs',
          message:
            '"Open AI" is pinned to "Open-AI", which has upper-case letters; expected lower-case letters, digits and - _ . ~ only, such as "open-ai"',
          severity: 'error',
        },
      ]);
    });

    it('suggests a slug from the keyword when the pinned slug is empty', () => {
      const index = buildKeywordIndex([article('a', ['AI'])], { AI: ' ', '': '' });
      expect(index.problems.map((problem) => problem.message)).toEqual([
        '"AI" is pinned to " ", which contains U+0020; expected lower-case letters, digits and - _ . ~ only, such as "ai"',
        '"" is pinned to "", which is empty; expected lower-case letters, digits and - _ . ~ only',
      ]);
      expect(index.entries[0]?.slug).toBe('ai');
    });

    it('warns about a pin for a keyword no article uses, in the default settings file', () => {
      const index = buildKeywordIndex([article('a', ['AI'])], { Rust: 'rust-lang' });
      expect(index.problems).toEqual([
        {
          file: 'content/_data/site.json',
          field: 'keywordSlugs',
          message:
            '"Rust" is pinned to "rust-lang" but no article uses this keyword; remove the entry or correct its spelling',
          severity: 'warning',
        },
      ]);
    });

    it('rejects two spellings of one keyword pinned to different slugs', () => {
      const index = buildKeywordIndex([article('a', ['xAI'])], { xAI: 'x-ai', XAI: 'xai-corp' });
      expect(index.entries[0]?.slug).toBe('x-ai');
      expect(index.problems).toEqual([
        {
          file: 'content/_data/site.json',
          field: 'keywordSlugs',
          message:
            '"xAI" and "XAI" are one keyword pinned to two slugs ("x-ai" and "xai-corp"); keep one entry',
          severity: 'error',
        },
      ]);
    });
  });

  describe('slug collisions', () => {
    it('reports two keywords with one slug, naming both keywords and their files', () => {
      const index = buildKeywordIndex([
        article('a', ['C#']),
        article('b', ['C sharp']),
        article('c', ['C#']),
      ]);
      expect(index.problems).toEqual([
        {
          file: 'content/articles/b.md',
          field: 'keywords',
          message:
            '"C#" (content/articles/a.md, content/articles/c.md) and "C sharp" (content/articles/b.md) both get the page /tags/c-sharp/; pin one of them to another slug under "keywordSlugs" in content/_data/site.json, for example "C sharp": "c-sharp-2"',
          severity: 'error',
        },
      ]);
      expect(index.bySlug.get('c-sharp')?.name).toBe('C#');
      expect(index.entries.map((entry) => entry.name)).toEqual(['C#', 'C sharp']);
    });

    it('names at most 3 files per keyword and counts the rest', () => {
      const index = buildKeywordIndex(
        ['a', 'b', 'c', 'd', 'e']
          .map((name) => article(name, ['Open AI']))
          .concat([article('f', ['open-ai'])]),
      );
      expect(index.problems.map(formatProblem)).toEqual([
        '[zixun] content/articles/f.md: keywords: "Open AI" (content/articles/a.md, content/articles/b.md, content/articles/c.md and 2 more) and "open-ai" (content/articles/f.md) both get the page /tags/open-ai/; pin one of them to another slug under "keywordSlugs" in content/_data/site.json, for example "open-ai": "open-ai-2"',
      ]);
    });

    it('reports every collision, including three keywords on one slug', () => {
      const index = buildKeywordIndex([
        article('a', ['Open AI', 'C#']),
        article('b', ['open-ai', 'C sharp']),
        article('c', ['OPEN/AI']),
        article('d', ['Open AI']),
      ]);
      expect(
        index.problems.map((problem) => [
          problem.file,
          problem.severity,
          problem.message.split(' both')[0],
        ]),
      ).toEqual([
        [
          'content/articles/a.md',
          'error',
          '"C sharp" (content/articles/b.md) and "C#" (content/articles/a.md)',
        ],
        [
          'content/articles/b.md',
          'error',
          '"Open AI" (content/articles/a.md, content/articles/d.md) and "open-ai" (content/articles/b.md)',
        ],
        [
          'content/articles/c.md',
          'error',
          '"Open AI" (content/articles/a.md, content/articles/d.md) and "OPEN/AI" (content/articles/c.md)',
        ],
      ]);
    });

    it('reports a pinned slug that takes another keyword’s slug, and says which one is pinned', () => {
      const index = buildKeywordIndex([article('a', ['AI']), article('b', ['人工智能'])], {
        人工智能: 'ai',
      });
      expect(index.problems.map((problem) => problem.message)).toEqual([
        '"AI" (content/articles/a.md) and "人工智能" (content/articles/b.md, pinned in keywordSlugs) both get the page /tags/ai/; pin one of them to another slug under "keywordSlugs" in content/_data/site.json, for example "人工智能": "ai-2"',
      ]);
    });

    it('is resolved by pinning one of the keywords to another slug', () => {
      const index = buildKeywordIndex([article('a', ['C#']), article('b', ['C sharp'])], {
        'C sharp': 'c-sharp-2',
      });
      expect(index.problems).toEqual([]);
      expect(summary(index)).toEqual([
        ['c-sharp', 'C#', [0]],
        ['c-sharp-2', 'C sharp', [1]],
      ]);
    });
  });
});
