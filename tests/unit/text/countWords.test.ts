import { expect, test } from 'vitest';
import { countWords } from '../../../src/text/countWords.js';

test.each([
  ['', 0, 0],
  ['人工智能', 4, 0],
  ['GPT-4o 发布', 2, 1],
  ['GPT-4o发布了', 3, 1],
  ['xAI 在 2024 年', 2, 2],
  ['OpenAI 的 GPT-4o 与 xAI 的 Grok 3 在 2024 年同台竞技。', 9, 6],
  ['コーヒーを飲む', 7, 0],
  ['한국어 텍스트', 6, 0],
  ['𠀀𪚥', 2, 0],
  ['人々と〇', 4, 0],
  ['，。！？“”、——……《》（）', 0, 0],
  ['!!! ... --- ?', 0, 0],
  ['🚀🎉 👨‍👩‍👧', 0, 0],
  ["don't stop", 0, 2],
  ['Node.js 3.5 e-mail snake_case', 0, 4],
  ['1,000,000 a,b', 0, 3],
  ['café cafe\u0301', 0, 2],
  ['ＧＰＴ４ 模型', 2, 1],
  ['Привет мир', 0, 2],
  ['C++ 和 C#', 1, 2],
  ['end. Next', 0, 2],
])('%j', (text, cjk, latinWords) => {
  expect(countWords(text)).toEqual({ cjk, latinWords });
});
