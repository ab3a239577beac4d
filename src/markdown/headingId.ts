/** Turns heading text into a readable fragment id, keeping Chinese as written so `#第一节` links stay legible. */
export function headingId(text: string): string {
  const id = text
    // NFKC folds full-width Latin and digits (ＧＰＴ－４) into ASCII, common in Chinese typing.
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? 'section' : id;
}
