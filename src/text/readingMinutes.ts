import { countWords } from './countWords.js';

// Silent reading speeds: Chinese readers take in about 450 characters a minute; English prose runs
// near 238 words a minute (Brysbaert 2019, https://doi.org/10.1016/j.jml.2019.104047), a little
// lower for the technical terms that appear in Chinese tech news.
const CJK_PER_MINUTE = 450;
const WORDS_PER_MINUTE = 220;

/** Estimates whole minutes to read an article, so readers can judge its length before they start. */
export function readingMinutes(text: string): number {
  const { cjk, latinWords } = countWords(text);
  return Math.max(1, Math.ceil(cjk / CJK_PER_MINUTE + latinWords / WORDS_PER_MINUTE));
}
