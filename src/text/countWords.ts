// Letters (and Han numerals like 〇) of the CJK scripts; script extensions bring in shared marks
// such as the prolonged sound mark ー, while \p{L}/\p{Nl} leave out CJK punctuation.
const CJK = /^(?=[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}])[\p{L}\p{Nl}]$/u;
const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;
const MARK = /^\p{M}$/u;

const enum Kind {
  Unknown,
  Cjk,
  Letter,
  Digit,
  Mark,
  Joiner,
  Comma,
  Other,
}

// Each code point is classified once per process with the Unicode-aware regexes above; after that
// counting is a plain loop. Running those regexes over every character of 20,000 articles took
// about a third of the whole content-loading phase.
const kinds = new Uint8Array(0x110000);

function kindOf(codePoint: number): Kind {
  let kind = kinds[codePoint] as Kind;
  if (kind === Kind.Unknown) {
    const char = String.fromCodePoint(codePoint);
    if (CJK.test(char)) kind = Kind.Cjk;
    else if (LETTER.test(char)) kind = Kind.Letter;
    else if (NUMBER.test(char)) kind = Kind.Digit;
    else if (MARK.test(char)) kind = Kind.Mark;
    else if ("-'’._".includes(char)) kind = Kind.Joiner;
    else if (char === ',') kind = Kind.Comma;
    else kind = Kind.Other;
    kinds[codePoint] = kind;
  }
  return kind;
}

/**
 * Counts what a reader reads: each CJK character, and each word written in any other script.
 * A word is letters and digits, joined by an inner hyphen, apostrophe, dot or underscore
 * (GPT-4o, don't, 3.5, snake_case) or, between digits, a thousands comma (1,000); CJK characters
 * separate words, so `GPT-4o发布` holds one word and two characters.
 */
export function countWords(text: string): { cjk: number; latinWords: number } {
  let cjk = 0;
  let latinWords = 0;
  let inWord = false;
  // A joiner (or a comma after a digit) seen inside a word: the next letter, digit or mark continues it.
  let joining: Kind.Joiner | Kind.Comma | undefined;
  let previous = Kind.Other;
  for (let i = 0; i < text.length; i++) {
    let codePoint = text.charCodeAt(i);
    if (codePoint >= 0xd800 && codePoint <= 0xdbff && i + 1 < text.length) {
      codePoint = text.codePointAt(i) as number;
      i++;
    }
    const kind = kindOf(codePoint);
    if (kind === Kind.Letter || kind === Kind.Digit || kind === Kind.Mark) {
      const continues: boolean =
        inWord || (joining !== undefined && (joining === Kind.Joiner || kind === Kind.Digit));
      if (!continues && kind !== Kind.Mark) latinWords++;
      inWord = continues || kind !== Kind.Mark;
      joining = undefined;
    } else if (kind === Kind.Joiner && inWord) {
      joining = Kind.Joiner;
      inWord = false;
    } else if (kind === Kind.Comma && inWord && previous === Kind.Digit) {
      joining = Kind.Comma;
      inWord = false;
    } else {
      if (kind === Kind.Cjk) cjk++;
      inWord = false;
      joining = undefined;
    }
    previous = kind;
  }
  return { cjk, latinWords };
}
