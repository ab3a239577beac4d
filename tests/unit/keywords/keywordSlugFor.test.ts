import { expect, test } from 'vitest';
import { buildKeywordIndex } from '../../../src/keywords/buildKeywordIndex.js';
import { keywordKey } from '../../../src/keywords/keywordKey.js';
import { keywordSlugFor } from '../../../src/keywords/keywordSlugFor.js';

const pins = { 'C sharp': 'c-sharp-words', ＡＩ: 'ai-pinned', 坏: 'Bad Slug' };

test('the same slugs as the keyword index, pins included', () => {
  const keywords = ['C sharp', 'c  SHARP', 'ai', '人工智能', 'C#', '坏', 'Node.js', '🚀'];
  // The index keeps one spelling per keyword; every spelling must map to its slug.
  const index = buildKeywordIndex([{ inputPath: 'a.md', url: '/a/', date: 0, keywords }], pins);
  const slugOf = keywordSlugFor(pins);
  const indexed = keywords.map(
    (keyword) => index.entries.find((entry) => entry.key === keywordKey(keyword))?.slug,
  );
  expect(keywords.map(slugOf)).toEqual(indexed);
  expect(keywords.map(slugOf)).toEqual([
    'c-sharp-words',
    'c-sharp-words',
    'ai-pinned',
    '人工智能',
    'c-sharp',
    '坏',
    'node.js',
    'u1f680',
  ]);
});

test('of two pins for one keyword, the first counts, as in the index', () => {
  expect(keywordSlugFor({ AI: 'first', ai: 'second' })('Ai')).toBe('first');
});
