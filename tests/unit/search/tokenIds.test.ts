import { describe, expect, it } from 'vitest';
import { searchTerms } from '../../../src/search/searchTerms.js';
import { termTokens } from '../../../src/search/termTokens.js';
import { tokenIds } from '../../../src/search/tokenIds.js';

// The index's fast tokenizer must give exactly the tokens the browser computes for a query.
const samples = [
  '马斯克与 LeCun 再次隔空争论：AI 安全到底该由谁来监管',
  '国产大模型GPT-4o价格战升级，百万 tokens 输入价格降到一元以下',
  'xAI XAI ｘＡＩ Node.js C# C++ .NET',
  '一 个 字：车。A B 1 2',
  'ひらがなカタカナ 한국어 Café naïve e\u0301 𠀀𠀁中𠀂 ',
  '①②③ ㎏ Ⅻ 〇 々 ー',
  '\ud800 lone surrogate \udc00 end',
  '',
];

function reference(text: string, unigrams: boolean): string[] {
  return [...new Set(searchTerms(text).flatMap((term) => termTokens(term, unigrams)))].sort();
}

function fast(text: string, unigrams: boolean): string[] {
  const ids = tokenIds();
  const found = new Set<string>();
  ids.visit(text, unigrams, (id) => found.add(ids.tokens[id] ?? '?'));
  return [...found].sort();
}

describe('tokenIds', () => {
  it.each(samples)('gives the tokens searchTerms and termTokens give: %j', (text) => {
    expect(fast(text, false)).toEqual(reference(text, false));
    expect(fast(text, true)).toEqual(reference(text, true));
  });

  it('gives each distinct token one id, across texts and past table growth', () => {
    const ids = tokenIds();
    const seen: number[] = [];
    ids.visit('马斯克 马斯克 xai', false, (id) => seen.push(id));
    expect(seen).toEqual([0, 1, 0, 1, 2]);
    expect(ids.tokens).toEqual(['马斯', '斯克', 'xai']);
    let text = '';
    for (let code = 0x4e00; code < 0x4e00 + 20_000; code++) text += String.fromCharCode(code);
    ids.visit(text, false, () => undefined);
    expect(ids.tokens.length).toBe(3 + 19_999);
    const again: number[] = [];
    ids.visit('马斯克', false, (id) => again.push(id));
    expect(again).toEqual([0, 1]);
  });
});
