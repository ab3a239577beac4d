import { describe, expect, test } from 'vitest';
import { htmlToPlainText } from '../../../src/text/htmlToPlainText.js';
import { summarize } from '../../../src/text/summarize.js';

const TEN = '一二三四五六七八九十';

describe('short text', () => {
  test('is returned with whitespace collapsed', () => {
    expect(summarize('  第一句。\n\n  第二句  ')).toBe('第一句。 第二句');
  });

  test('exactly at the limit is kept whole', () => {
    expect(summarize('字'.repeat(120))).toBe('字'.repeat(120));
    expect(summarize(`${TEN}${TEN}`, 20)).toBe(`${TEN}${TEN}`);
  });

  test('an emoji counts as the code points it is made of', () => {
    expect(summarize(`${TEN}😀`, 11)).toBe(`${TEN}😀`);
  });
});

describe('cut at a sentence end', () => {
  test('the last one within the limit, in the last 40%, with no …', () => {
    expect(summarize(`${'甲'.repeat(100)}。${'乙'.repeat(50)}`)).toBe(`${'甲'.repeat(100)}。`);
    expect(summarize(`${TEN}！${TEN}？${TEN}`, 25)).toBe(`${TEN}！${TEN}？`);
  });

  test('ending on the limit exactly', () => {
    expect(summarize(`${TEN}${'一二三四五六七八九'}。${TEN}`, 20)).toBe(
      `${TEN}一二三四五六七八九。`,
    );
  });

  test('takes closing quotes and brackets along', () => {
    expect(summarize(`他说：“${TEN}。”然后${TEN}`, 20)).toBe(`他说：“${TEN}。”`);
  });

  test('Latin ! and ? end sentences too', () => {
    expect(summarize(`Is GPT-5 here? Not yet! ${TEN}${TEN}`, 30)).toBe('Is GPT-5 here? Not yet!');
  });

  test('a clause ending in ； gets … instead, since the sentence goes on', () => {
    expect(summarize(`${TEN}一二三四；五六七八九十一二三`, 20)).toBe(`${TEN}一二三四…`);
  });

  test('a sentence end in the first 60% is too early', () => {
    expect(summarize(`${'甲'.repeat(50)}。${'乙'.repeat(100)}`)).toBe(
      `${'甲'.repeat(50)}。${'乙'.repeat(68)}…`,
    );
    expect(summarize(`${TEN}。${TEN}。${TEN}`, 20)).toBe(`${TEN}。一二三四五六七八…`);
  });
});

describe('cut at the limit', () => {
  test('leaves room for the … so the summary never exceeds the limit', () => {
    const summary = summarize('字'.repeat(200));
    expect(summary).toBe(`${'字'.repeat(119)}…`);
    expect([...summary].length).toBe(120);
  });

  test('drops a dangling comma or opening quote before the …', () => {
    expect(summarize(`${TEN}一二三四五六七八，九十一二`, 20)).toBe(`${TEN}一二三四五六七八…`);
    expect(summarize(`${TEN}一二三四五六七八“九十”`, 20)).toBe(`${TEN}一二三四五六七八…`);
  });

  test('does not split a Latin word', () => {
    expect(summarize('OpenAI released GPT-4o today and everyone is excited about it', 20)).toBe(
      'OpenAI released…',
    );
    expect(summarize(`${TEN}一二三四五六七 GPT-4o 发布`, 20)).toBe(`${TEN}一二三四五六七…`);
  });

  test('drops a long Latin word that crosses the limit', () => {
    expect(summarize('这是一个很长的句子包含了 supercalifragilistic 这个词', 20)).toBe(
      '这是一个很长的句子包含了…',
    );
  });

  test('cuts inside a word that alone fills more than 40% of the room', () => {
    expect(summarize('supercalifragilisticexpialidocious is a word', 20)).toBe(
      'supercalifragilisti…',
    );
    expect(summarize(`${'甲'.repeat(5)}Pneumonoultramicroscopicsilicovolcanoconiosis`, 20)).toBe(
      `${'甲'.repeat(5)}Pneumonoultram…`,
    );
  });

  test('a URL splits at its slashes like separate words', () => {
    expect(summarize(`${'甲'.repeat(10)}https://example.com/a/very/long/path`, 20)).toBe(
      `${'甲'.repeat(10)}https://…`,
    );
  });

  test('never splits a surrogate pair or an emoji sequence', () => {
    expect(summarize(`${TEN}一二三四五六七八😀😀😀`, 20)).toBe(`${TEN}一二三四五六七八😀…`);
    expect(summarize(`${TEN}一二三四五六七👨‍👩‍👧八九`, 20)).toBe(`${TEN}一二三四五六七…`);
    expect(summarize('😀'.repeat(30), 20)).toBe(`${'😀'.repeat(19)}…`);
    expect(summarize(`${'𠀀'.repeat(25)}`, 20)).toBe(`${'𠀀'.repeat(19)}…`);
  });

  test('with a limit of 1 only the … is left', () => {
    expect(summarize(TEN, 1)).toBe('…');
  });
});

test('mixed Chinese and English from rendered HTML', () => {
  const html =
    '<p>5 月 13 日，OpenAI 发布了 GPT-4o，&ldquo;o&rdquo; 代表 omni。它可以实时处理文本、音频和图像，' +
    '响应速度接近人类对话。</p>\n<p>与此同时，Google 在 I/O 大会上展示了 Project Astra &amp; Gemini 1.5 Pro 的更新。</p>';
  const text = htmlToPlainText(html);
  expect(text).toBe(
    '5 月 13 日，OpenAI 发布了 GPT-4o，“o” 代表 omni。它可以实时处理文本、音频和图像，响应速度接近人类对话。\n' +
      '与此同时，Google 在 I/O 大会上展示了 Project Astra & Gemini 1.5 Pro 的更新。',
  );
  expect(summarize(text, 70)).toBe(
    '5 月 13 日，OpenAI 发布了 GPT-4o，“o” 代表 omni。它可以实时处理文本、音频和图像，响应速度接近人类对话。',
  );
  expect(summarize(text, 60)).toBe('5 月 13 日，OpenAI 发布了 GPT-4o，“o” 代表 omni。');
  expect(summarize(text, 40)).toBe('5 月 13 日，OpenAI 发布了 GPT-4o，“o” 代表 omni。');
  expect(summarize(text, 26)).toBe('5 月 13 日，OpenAI 发布了…');
});

test('refuses a limit that is not a whole number above 0', () => {
  expect(() => summarize(TEN, 0)).toThrow(
    '[zixun] summarize: maxLength must be a whole number above 0, got 0',
  );
  expect(() => summarize(TEN, 2.5)).toThrow(
    '[zixun] summarize: maxLength must be a whole number above 0, got 2.5',
  );
});

test('counts an emoji as one character when it measures sentences', () => {
  // 7 characters but 13 UTF-16 units: it fits a limit of 10 only when counted by character.
  expect(summarize('🚀🚀🚀🚀🚀🚀。后面还有很多很多很多字。', 10)).toBe('🚀🚀🚀🚀🚀🚀。');
  // The whole text fits by character, though not by UTF-16 unit.
  expect(summarize('发射🚀🚀🚀🚀成功。', 10)).toBe('发射🚀🚀🚀🚀成功。');
  expect(summarize('第一句。🚀🚀🚀🚀🚀🚀🚀🚀。第三句话很长很长很长。', 14)).toBe(
    '第一句。🚀🚀🚀🚀🚀🚀🚀🚀。',
  );
});
