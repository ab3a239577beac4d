/**
 * Finds where the normalised query terms occur in a piece of original text, as [start, end)
 * offsets into it (UTF-16), sorted and merged, so the caller can wrap them in <mark>. Matching
 * folds case and width per character as searchTerms does; a Latin term matches whole words
 * only, as the index does. Sent to the browser as source text, so it must stay self-contained.
 */
export function markRanges(text: string, terms: readonly string[]): [number, number][] {
  const wordChar = /(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])[\p{L}\p{N}\p{M}]/u;
  let folded = '';
  // starts[i] is where folded character i came from in `text`; one more entry marks the end.
  const starts: number[] = [];
  for (let index = 0; index < text.length;) {
    const char = String.fromCodePoint(text.codePointAt(index) ?? 0);
    const normal = char.normalize('NFKC').toLowerCase();
    for (let copy = 0; copy < normal.length; copy++) starts.push(index);
    folded += normal;
    index += char.length;
  }
  starts.push(text.length);
  const found: [number, number][] = [];
  for (const term of terms) {
    if (term === '') continue;
    const whole = wordChar.test(term.charAt(0));
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      const end = at + term.length;
      if (whole && (wordChar.test(folded.charAt(at - 1)) || wordChar.test(folded.charAt(end)))) {
        continue;
      }
      const range: [number, number] = [starts[at] ?? 0, starts[end] ?? text.length];
      if (range[1] > range[0]) found.push(range);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
