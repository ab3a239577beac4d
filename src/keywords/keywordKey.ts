/** Gives a keyword its identity, so spellings that differ only in case, width, normal form or spacing count as one keyword. */
export function keywordKey(raw: string): string {
  // NFKC folds full-width forms (ｘＡＩ → xAI) and composes NFD input; \s with the u flag
  // also matches U+3000 (ideographic space) and U+00A0. Inner spaces are kept, collapsed to
  // one, because "Open AI" and "OpenAI" may be different names.
  return raw.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();
}
