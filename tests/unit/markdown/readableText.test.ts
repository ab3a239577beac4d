import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../../src/markdown/createMarkdown.js';
import { readableText } from '../../../src/markdown/readableText.js';
import { countWords } from '../../../src/text/countWords.js';
import { htmlToPlainText } from '../../../src/text/htmlToPlainText.js';

const md = createMarkdown();
const body = [
  'GPT-**4o**发布，详见https://openai.com/a。',
  '',
  '| 模型 | 得分 |',
  '|---|---|',
  '| 中 文 | x-y |',
  '',
  '```js',
  'const a = 1; // 注释',
  '```',
  '',
  '脚注[^1]和图片![替代 alt text](/a.png)，还有`inline code`与&amp;实体。',
  '',
  '[^1]: 注释 note text',
  '',
  '> 引用 quote',
  '> 第二行',
  '',
  '- 列表',
  '  继续',
  '- item two',
  '',
  '硬换行  ',
  '第二 line',
].join('\n');

describe('readableText', () => {
  const env = {};
  const tokens = md.parse(body, env);
  const html = md.renderer.render(tokens, md.options, env);

  it('holds the words htmlToPlainText keeps, so reading time counts the same', () => {
    const counted = countWords(readableText(tokens));
    expect(counted).toEqual(countWords(htmlToPlainText(html)));
    expect(counted).toEqual({ cjk: 36, latinWords: 14 });
  });

  it('leaves out image alt text, footnote marks and the footnotes', () => {
    const text = readableText(tokens);
    expect(text).toContain('GPT-4o发布');
    expect(text).toContain('const a = 1; // 注释');
    expect(text).toContain('脚注和图片，还有inline code与&实体。');
    expect(text).not.toContain('alt');
    expect(text).not.toContain('note text');
  });
});
