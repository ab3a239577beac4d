/**
 * Cuts one search term into index tokens: a Latin word is one token; a CJK run gives its
 * overlapping bigrams (马斯克 → 马斯, 斯克), or the character itself when it is one character long,
 * plus every single character when `unigrams` is set (titles and keywords, so 1-character queries
 * find them). Sent to the browser as source text, so it must stay self-contained.
 */
export function termTokens(term: string, unigrams: boolean): string[] {
  const chars = [...term];
  if (!/^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u.test(term) || chars.length < 2) {
    return chars.length > 0 ? [term] : [];
  }
  const tokens: string[] = [];
  for (let index = 0; index + 1 < chars.length; index++) {
    tokens.push(`${chars[index]}${chars[index + 1]}`);
  }
  return unigrams ? tokens.concat(chars) : tokens;
}
