import { pinyin } from 'pinyin-pro';

/**
 * The A–Z group a keyword is listed under: the first Latin letter, or for Chinese the first
 * letter of its pinyin (人工智能 → R), so readers can browse keywords the way a dictionary orders them;
 * `#` for anything else (digits, symbols, other scripts).
 */
export function keywordInitial(name: string): string {
  const first = name.normalize('NFKC').trim().charAt(0);
  if (/^[a-z]$/i.test(first)) return first.toUpperCase();
  if (/^\p{sc=Han}$/u.test(first)) {
    // The whole name, so a heteronym reads as in its word (重庆 → C, not Z).
    const letter =
      pinyin(name.trim(), { pattern: 'first', toneType: 'none', type: 'array' })[0] ?? '';
    if (/^[a-z]$/i.test(letter)) return letter.toUpperCase();
  }
  return '#';
}
