import { describe, expect, it } from 'vitest';
import { keywordKey } from '../../../src/keywords/keywordKey.js';

describe('keywordKey', () => {
  it('gives one key to spellings that differ in case, width or outer spacing', () => {
    const keys = ['xAI', 'XAI', 'xai ', 'ｘＡＩ', '　xAi\t'].map(keywordKey);
    expect(keys).toEqual(['xai', 'xai', 'xai', 'xai', 'xai']);
  });

  it('gives one key to NFC and NFD spellings', () => {
    const composed = 'Caf\u00e9';
    const decomposed = 'Cafe\u0301';
    expect(keywordKey(composed)).toBe('caf\u00e9');
    expect(keywordKey(decomposed)).toBe('caf\u00e9');
  });

  it('collapses inner spacing, including the ideographic space, without removing it', () => {
    expect(keywordKey('Open  AI')).toBe('open ai');
    expect(keywordKey('Open\u3000AI')).toBe('open ai');
    expect(keywordKey(' x  AI')).toBe('x ai');
    expect(keywordKey('OpenAI')).toBe('openai');
    expect(keywordKey('Open AI')).not.toBe(keywordKey('OpenAI'));
  });

  it('keeps Chinese as written and folds full-width symbols', () => {
    expect(keywordKey('人工智能')).toBe('人工智能');
    expect(keywordKey(' 大模型　')).toBe('大模型');
    expect(keywordKey('Ｃ＋＋')).toBe('c++');
    expect(keywordKey('C#')).toBe('c#');
  });

  it('gives an empty key to empty and whitespace-only keywords', () => {
    expect(keywordKey('')).toBe('');
    expect(keywordKey(' \u3000\t\n')).toBe('');
  });

  it('is idempotent', () => {
    for (const raw of ['ｘＡＩ', 'Open  AI', 'Cafe\u0301', '人工智能', 'İstanbul', 'ＡＩ　芯片']) {
      expect(keywordKey(keywordKey(raw))).toBe(keywordKey(raw));
    }
  });
});
