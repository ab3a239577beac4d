import { expect, test } from 'vitest';
import { readingMinutes } from '../../../src/text/readingMinutes.js';

const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ');

test.each([
  ['nothing to read', '', 1],
  ['punctuation and emoji only', '！？…… 🚀', 1],
  ['450 CJK characters', '字'.repeat(450), 1],
  ['451 CJK characters', '字'.repeat(451), 2],
  ['220 Latin words', words(220), 1],
  ['221 Latin words', words(221), 2],
  ['225 CJK characters and 110 words', `${'字'.repeat(225)} ${words(110)}`, 1],
  ['226 CJK characters and 110 words', `${'字'.repeat(226)} ${words(110)}`, 2],
  ['2,000 CJK characters and 300 words', `${'字'.repeat(2000)} ${words(300)}`, 6],
])('%s', (_name, text, minutes) => {
  expect(readingMinutes(text)).toBe(minutes);
});
