import { describe, expect, it } from 'vitest';
import { headingId } from '../../../src/markdown/headingId.js';

describe('headingId', () => {
  it.each([
    ['第一节', '第一节'],
    ['GPT-4o 的发布', 'gpt-4o-的发布'],
    ['OpenAI 发布 GPT-5', 'openai-发布-gpt-5'],
    ['  前后 空格  ', '前后-空格'],
    ['苹果、谷歌与微软：三强之争', '苹果-谷歌与微软-三强之争'],
    ['「引号」与《书名》', '引号-与-书名'],
    ['C++ / Rust -- 对比!!', 'c-rust-对比'],
    ['ＧＰＴ－４ 全角', 'gpt-4-全角'],
    ['2024 年回顾', '2024-年回顾'],
    ['🚀 发布会', '发布会'],
    ['snake_case 命名', 'snake-case-命名'],
    ['Café Über', 'café-über'],
    ['Cafe\u0301 decomposed', 'café-decomposed'],
    ['日本語と한국어', '日本語と한국어'],
    ['！？……', 'section'],
    ['---', 'section'],
    ['', 'section'],
  ])('%j → %j', (text, id) => {
    expect(headingId(text)).toBe(id);
  });
});
