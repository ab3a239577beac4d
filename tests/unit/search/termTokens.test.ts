import { describe, expect, it } from 'vitest';
import { termTokens } from '../../../src/search/termTokens.js';

describe('termTokens', () => {
  it('cuts a Chinese term into overlapping bigrams', () => {
    expect(termTokens('马斯克', false)).toEqual(['马斯', '斯克']);
    expect(termTokens('大模型', false)).toEqual(['大模', '模型']);
  });

  it('adds every single character when asked (titles and keywords)', () => {
    expect(termTokens('鸿蒙', true)).toEqual(['鸿蒙', '鸿', '蒙']);
  });

  it('keeps a one-character Chinese term and a Latin word whole', () => {
    expect(termTokens('车', false)).toEqual(['车']);
    expect(termTokens('xai', false)).toEqual(['xai']);
    expect(termTokens('xai', true)).toEqual(['xai']);
  });

  it('counts characters outside the BMP as one character', () => {
    expect(termTokens('𠀀𠀁中', false)).toEqual(['𠀀𠀁', '𠀁中']);
  });

  it('gives nothing for an empty term', () => {
    expect(termTokens('', true)).toEqual([]);
  });
});
