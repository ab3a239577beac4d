import { describe, expect, it } from 'vitest';
import {
  MAX_SLUG_LENGTH,
  slugFault,
  slugifyKeyword,
} from '../../../src/keywords/slugifyKeyword.js';

const longLatin = 'word '.repeat(30).trim();
const longChinese = '长'.repeat(100);
const longNoSpace = 'a'.repeat(100);

const cases: [name: string, slug: string][] = [
  // Chinese and other scripts stay as written.
  ['人工智能', '人工智能'],
  ['大模型', '大模型'],
  ['日本語のテキスト', '日本語のテキスト'],
  ['한국어', '한국어'],
  ['Россия', 'россия'],
  ['Ångström', 'ångström'],
  // Mixed Chinese and English.
  ['华为 Mate 60', '华为-mate-60'],
  ['ＡＩ　芯片', 'ai-芯片'],
  ['马斯克·埃隆', '马斯克-埃隆'],
  ['腾讯/阿里', '腾讯-阿里'],
  // Latin words, case and spacing.
  ['Open AI', 'open-ai'],
  ['OpenAI', 'openai'],
  ['  x  AI ', 'x-ai'],
  ['GPT-4o', 'gpt-4o'],
  ['GPT-3.5', 'gpt-3.5'],
  ['Wi-Fi 7', 'wi-fi-7'],
  ['iPhone 15 Pro Max', 'iphone-15-pro-max'],
  ["Let's Encrypt", 'lets-encrypt'],
  ['Let’s Encrypt', 'lets-encrypt'],
  ['snake_case', 'snake_case'],
  ['__init__', 'init'],
  ['e.g.', 'e.g'],
  ['a..b', 'a-b'],
  ['TCP/IP', 'tcp-ip'],
  // Symbols become words so that distinct keywords stay distinct.
  ['C', 'c'],
  ['C#', 'c-sharp'],
  ['F#', 'f-sharp'],
  ['C++', 'c-plus-plus'],
  ['C/C++', 'c-c-plus-plus'],
  ['.NET', 'dotnet'],
  ['ASP.NET', 'asp.net'],
  ['Node.js', 'node.js'],
  ['AT&T', 'at-and-t'],
  ['R&D', 'r-and-d'],
  ['@', 'at'],
  ['100%', '100-percent'],
  ['#人工智能#', 'sharp-人工智能-sharp'],
  // Full-width input.
  ['ｘＡＩ', 'xai'],
  ['Ｃ＃', 'c-sharp'],
  ['Ｃ＋＋', 'c-plus-plus'],
  // Emoji: dropped beside text, spelled as code points when alone.
  ['AI🚀芯片', 'ai-芯片'],
  ['🚀', 'u1f680'],
  ['❤️', 'u2764'],
  ['👨‍💻', 'u1f468-u200d-u1f4bb'],
  ['1️⃣', '1'],
  ['？？', 'u003f-u003f'],
  ['...', 'u002e-u002e-u002e'],
  ['\u200b', 'u200b'],
  ['\ufe0f', 'ufe0f'],
  // Very long keywords are cut at a boundary, or at 80 code points when there is none.
  [longLatin, 'word-'.repeat(16).slice(0, -1)],
  [longChinese, '长'.repeat(80)],
  [longNoSpace, 'a'.repeat(80)],
  [`${'b'.repeat(79)}-cde`, 'b'.repeat(79)],
  [`${'d'.repeat(79)}.efg`, 'd'.repeat(79)],
  // Names Windows reserves for devices.
  ['con', 'con_'],
  ['NUL', 'nul_'],
  ['Aux', 'aux_'],
  ['prn', 'prn_'],
  ['COM1', 'com1_'],
  ['lpt9', 'lpt9_'],
  ['nul.js', 'nul_.js'],
  ['console', 'console'],
  ['com10', 'com10'],
];

describe('slugifyKeyword', () => {
  it.each(cases)('%j → %j', (name, slug) => {
    expect(slugifyKeyword(name)).toBe(slug);
  });

  describe.each(cases)('property checks for %j', (name) => {
    const slug = slugifyKeyword(name);

    it('uses only letters, marks, digits and - _ . ~', () => {
      expect(slug).toMatch(/^[\p{L}\p{M}\p{N}._~-]+$/u);
      expect(slug).not.toMatch(/[/\\?#%+&:*"<>|\s\p{Cc}]/u);
    });

    it('is non-empty, starts with neither "." nor "-", ends with neither, and has no ".."', () => {
      expect(slug.length).toBeGreaterThan(0);
      expect(slug).not.toMatch(/^[.-]|[.-]$|\.\.|--/u);
    });

    it(`is at most ${MAX_SLUG_LENGTH} code points and passes slugFault`, () => {
      expect(Array.from(slug).length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
      expect(slugFault(slug)).toBeUndefined();
    });
  });

  // The reserved-name suffix (nul_.js) is the one output that slugifying again changes.
  it.each(cases.filter(([name]) => name !== 'nul.js'))(
    '%j gives a slug that is stable when slugified again',
    (name) => {
      const slug = slugifyKeyword(name);
      expect(slugifyKeyword(slug)).toBe(slug);
    },
  );

  it('refuses an empty keyword, which has no page', () => {
    expect(() => slugifyKeyword(' \u3000')).toThrow(
      '[zixun] slugifyKeyword: the keyword is empty; skip empty keywords first',
    );
  });

  it('keeps keywords apart that differ only by a symbol', () => {
    const slugs = ['C', 'C#', 'C++', 'F#', '.NET', 'NET', 'ASP.NET', 'ASP NET'].map(slugifyKeyword);
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});

describe('slugFault', () => {
  it.each([
    ['', 'is empty'],
    ['c#', 'contains "#" (U+0023)'],
    ['open ai', 'contains U+0020'],
    ['a/b', 'contains "/" (U+002F)'],
    ['tab\there', 'contains U+0009'],
    ['.net', 'starts or ends with "." or "-"'],
    ['-ai', 'starts or ends with "." or "-"'],
    ['ai-', 'starts or ends with "." or "-"'],
    ['a..b', 'contains ".."'],
    ['ｘａｉ', 'has full-width or compatibility characters'],
    ['OpenAI', 'has upper-case letters'],
    ['x'.repeat(81), 'is longer than 80 characters'],
    ['con', 'is a name Windows reserves'],
    ['nul.js', 'is a name Windows reserves'],
  ])('%j %s', (slug, fault) => {
    expect(slugFault(slug)).toBe(fault);
  });

  it.each(['c-sharp', 'dotnet', '人工智能', 'gpt-4o', 'my~tag', 'con_', 'x'.repeat(80)])(
    'accepts %j',
    (slug) => {
      expect(slugFault(slug)).toBeUndefined();
    },
  );
});
