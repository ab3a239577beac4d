import { describe, expect, it } from 'vitest';
import { searchTerms } from '../../../src/search/searchTerms.js';

describe('searchTerms', () => {
  it('splits CJK runs from Latin words and drops punctuation', () => {
    expect(searchTerms('马斯克与 LeCun 再次隔空争论：AI 安全到底该由谁来监管')).toEqual([
      '马斯克与',
      'lecun',
      '再次隔空争论',
      'ai',
      '安全到底该由谁来监管',
    ]);
  });

  it('cuts where Chinese meets Latin letters or digits, with no space between', () => {
    expect(searchTerms('国产大模型GPT-4o价格战')).toEqual(['国产大模型', 'gpt', '4o', '价格战']);
  });

  it('folds case and full-width forms, so xAI, XAI and ｘＡＩ are one term', () => {
    expect(searchTerms('xAI XAI ｘＡＩ')).toEqual(['xai', 'xai', 'xai']);
  });

  it('keeps kana, Hangul and accented letters, and splits Node.js and C# at the symbols', () => {
    expect(searchTerms('ひらがな 한국어 Café Node.js C#')).toEqual([
      'ひらがな',
      '한국어',
      'café',
      'node',
      'js',
      'c',
    ]);
  });

  it('gives nothing for text without letters or digits', () => {
    expect(searchTerms(' ，。！？ -- ')).toEqual([]);
  });
});
