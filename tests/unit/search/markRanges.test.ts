import { describe, expect, it } from 'vitest';
import { markRanges } from '../../../src/search/markRanges.js';

const marked = (text: string, terms: string[]) =>
  markRanges(text, terms)
    .map(([from, to]) => text.slice(from, to))
    .join('|');

describe('markRanges', () => {
  it('marks every occurrence of a Chinese term', () => {
    expect(markRanges('马斯克与马斯克', ['马斯克'])).toEqual([
      [0, 3],
      [4, 7],
    ]);
  });

  it('matches Latin words whole, ignoring case and width, in the original spelling', () => {
    expect(marked('xAI 与 ｘＡＩ，不是 xAIs 或 maxai', ['xai'])).toBe('xAI|ｘＡＩ');
  });

  it('marks Latin words next to Chinese characters, which are not word characters', () => {
    expect(marked('国产AI安全', ['ai', '安全'])).toBe('AI安全');
    expect(markRanges('国产AI安全', ['ai', '安全'])).toEqual([[2, 6]]);
  });

  it('merges overlapping matches and keeps offsets right after astral characters', () => {
    expect(markRanges('大模型模型', ['大模型', '模型'])).toEqual([[0, 5]]);
    expect(markRanges('𠀀马斯克', ['马斯克'])).toEqual([[2, 5]]);
  });

  it('marks nothing for no terms or no match', () => {
    expect(markRanges('马斯克', [])).toEqual([]);
    expect(markRanges('马斯克', ['特斯拉', ''])).toEqual([]);
  });
});
