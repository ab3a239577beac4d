import { describe, expect, it } from 'vitest';
import { compareCodePoints } from '../../../src/text/compareCodePoints.js';

describe('compareCodePoints', () => {
  it('sorts by code point, so astral characters come after U+E000–U+FFFF', () => {
    const sorted = ['😀', '\uFF21', 'b', 'a', 'ab', '中'].sort(compareCodePoints);
    expect(sorted).toEqual(['a', 'ab', 'b', '中', '\uFF21', '😀']);
    // UTF-16 order would put the emoji (a surrogate pair starting 0xD83D) before U+FF21.
    expect(['😀', '\uFF21'].sort()).toEqual(['😀', '\uFF21']);
  });

  it('is zero only for equal strings, and a prefix sorts first', () => {
    expect(compareCodePoints('关键词', '关键词')).toBe(0);
    expect(compareCodePoints('关键', '关键词')).toBeLessThan(0);
  });
});
