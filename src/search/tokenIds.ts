/** Numbers the index tokens of many texts, fast: what buildSearchIndex runs over every article. */
export interface TokenIds {
  /** Calls `found` with the id of every token of `text` (repeats included), as termTokens cuts it. */
  visit(text: string, unigrams: boolean, found: (id: number) => void): void;
  /** Token text by id. */
  tokens: string[];
}

const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;
let bmpKinds: Uint8Array | undefined;

/**
 * Gives every distinct token an id, producing exactly the tokens of searchTerms + termTokens (a
 * unit test compares them) without making a string per token: a Chinese character or character
 * pair is a number in an open-addressing table, so a large site's million distinct bigrams make
 * no strings. BENCHMARKS.md ("Search") gives what the index build costs.
 */
export function tokenIds(): TokenIds {
  // What searchTerms' pattern sees: 1 = CJK, 2 = other letter, digit or mark, 0 = separator.
  const kinds = (bmpKinds ??= bmpTable());
  const kindOf = (code: number) =>
    code < 0x10000
      ? (kinds[code] ?? 0)
      : CJK.test(String.fromCodePoint(code))
        ? 1
        : WORD.test(String.fromCodePoint(code))
          ? 2
          : 0;
  const tokens: string[] = [];
  const words = new Map<string, number>();
  // Keys and ids interleaved, so a probe touches one cache line. Int32, not Uint32: V8 boxes
  // Uint32Array reads above 2³¹, which made every probe several times slower.
  let slots: Int32Array = new Int32Array(1 << 17);
  let used = 0;

  // A BMP character is its code; a BMP pair is first << 16 | second (first ≥ 0x2E80, so no clash).
  const numbered = (key: number, first: number, second: number): number => {
    // Fibonacci hashing takes the product's high bits: the low ones depend only on the second char.
    const shift = 33 - Math.log2(slots.length);
    const mask = slots.length / 2 - 1;
    for (let slot = Math.imul(key, 0x9e3779b1) >>> shift; ; slot = (slot + 1) & mask) {
      const found = slots[slot * 2];
      if (found === key) return slots[slot * 2 + 1] ?? 0;
      if (found !== 0) continue;
      const id =
        tokens.push(second < 0 ? String.fromCharCode(first) : String.fromCharCode(first, second)) -
        1;
      slots[slot * 2] = key;
      slots[slot * 2 + 1] = id;
      if (++used * 4 > slots.length) slots = rehash(slots);
      return id;
    }
  };
  const named = (token: string): number => {
    let id = words.get(token);
    if (id === undefined) words.set(token, (id = tokens.push(token) - 1));
    return id;
  };
  const single = (code: number) =>
    code < 0x10000 ? numbered(code, code, -1) : named(String.fromCodePoint(code));
  const pair = (first: number, second: number) =>
    first < 0x10000 && second < 0x10000
      ? numbered((first << 16) | second, first, second)
      : named(String.fromCodePoint(first, second));

  return {
    tokens,
    visit(text, unigrams, found) {
      const folded = text.normalize('NFKC').toLowerCase();
      let previous = -1;
      let runLength = 0;
      let wordStart = -1;
      for (let index = 0; index <= folded.length;) {
        const code = index < folded.length ? (folded.codePointAt(index) ?? 0) : 0;
        const kind = index < folded.length ? kindOf(code) : 0;
        if (kind !== 2 && wordStart >= 0) {
          found(named(folded.slice(wordStart, index)));
          wordStart = -1;
        }
        if (kind === 1) {
          if (unigrams) found(single(code));
          if (runLength > 0) found(pair(previous, code));
          previous = code;
          runLength++;
        } else {
          // A lone CJK character is a token of its own (termTokens keeps one-character terms).
          if (runLength === 1 && !unigrams) found(single(previous));
          runLength = 0;
          if (kind === 2 && wordStart < 0) wordStart = index;
        }
        index += code > 0xffff ? 2 : 1;
      }
    },
  };
}

function bmpTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const char = String.fromCharCode(code);
    table[code] = CJK.test(char) ? 1 : WORD.test(char) ? 2 : 0;
  }
  return table;
}

/** Doubles an interleaved key/id table, placing every key again. */
function rehash(from: Int32Array): Int32Array {
  const to = new Int32Array(from.length * 2);
  const shift = 33 - Math.log2(to.length);
  const mask = to.length / 2 - 1;
  for (let index = 0; index < from.length; index += 2) {
    const key = from[index] ?? 0;
    if (key === 0) continue;
    let slot = Math.imul(key, 0x9e3779b1) >>> shift;
    while (to[slot * 2] !== 0) slot = (slot + 1) & mask;
    to[slot * 2] = key;
    to[slot * 2 + 1] = from[index + 1] ?? 0;
  }
  return to;
}
