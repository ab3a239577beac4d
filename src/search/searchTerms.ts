/**
 * Splits text into normalised search terms: each run of CJK characters, and each Latin/digit word,
 * lower-cased and NFKC-folded (ｘＡＩ → xai). The index and the browser both call it; the browser
 * gets its source text, so it must not reference anything outside its own body.
 */
export function searchTerms(text: string): string[] {
  // Chinese has no spaces between words, so a run of Han (or kana, Hangul) is one term that
  // termTokens cuts into bigrams; any other letter or digit run is a word. Everything else splits.
  const pattern =
    /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]+|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])[\p{L}\p{N}\p{M}])+/gu;
  return text.normalize('NFKC').toLowerCase().match(pattern) ?? [];
}
