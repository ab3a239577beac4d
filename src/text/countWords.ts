// Letters (and Han numerals like 〇) of the CJK scripts; script extensions bring in shared marks
// such as the prolonged sound mark ー, while \p{L}/\p{Nl} leave out CJK punctuation.
const CJK = /(?=[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}])[\p{L}\p{Nl}]/gu;
// A word is letters and digits, joined by an inner hyphen, apostrophe, dot or underscore
// (GPT-4o, don't, 3.5, snake_case) or, between digits, a thousands comma (1,000).
const WORD =
  /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:(?:[-'’._]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{N}\p{M}]+)*/gu;

/** Counts what a reader reads: each CJK character, and each word written in any other script. */
export function countWords(text: string): { cjk: number; latinWords: number } {
  const cjk = text.match(CJK)?.length ?? 0;
  // CJK characters separate words, so `GPT-4o发布` holds one word and two characters.
  const latinWords = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  return { cjk, latinWords };
}
