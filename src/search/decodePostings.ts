/**
 * Reads a string written by encodePostings back into document number → field mask, in ascending
 * document order. The browser runs the same source text, so it must stay self-contained.
 */
export function decodePostings(text: string): Map<number, number> {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const postings = new Map<number, number>();
  let doc = -1;
  let value = 0;
  let scale = 1;
  for (let index = 0; index < text.length; index++) {
    const digit = digits.indexOf(text.charAt(index));
    value += (digit % 32) * scale;
    if (digit >= 32) {
      scale *= 32;
      continue;
    }
    doc += Math.floor(value / 16);
    postings.set(doc, value % 16);
    value = 0;
    scale = 1;
  }
  return postings;
}
