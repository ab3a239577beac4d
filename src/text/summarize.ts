// A sentence ends at 。！？!?；… (repeats allowed) plus any closing quotes or brackets after it.
const SENTENCE_END = /[。！？!?；…]+[”’」』）)》】〉"']*/g;
// Left at the end of a cut, these read as a sentence that stops mid-air, so … replaces them.
const DANGLING = /[\s，,、：:；;（(“‘「『《【〈[{—–-]+$/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const CJK = /(?=[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}])[\p{L}\p{Nl}]/u;
const JOINER = /^[-'’._]$/;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Shortens article text to a summary of about `maxLength` characters for lists, feeds and meta tags. */
export function summarize(text: string, maxLength = 120): string {
  if (!Number.isInteger(maxLength) || maxLength < 1) {
    throw new RangeError(
      `[zixun] summarize: maxLength must be a whole number above 0, got ${maxLength}`,
    );
  }
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  if (chars.length <= maxLength) return flat;

  // Ending on a whole sentence is best, unless it throws away more than 40% of the room.
  const floor = Math.ceil(maxLength * 0.6);
  let sentence = '';
  for (const match of flat.matchAll(SENTENCE_END)) {
    const candidate = flat.slice(0, match.index + match[0].length);
    const length = [...candidate].length;
    if (length > maxLength) break;
    if (length >= floor) sentence = candidate;
  }
  if (sentence !== '') return sentence.endsWith('；') ? `${sentence.slice(0, -1)}…` : sentence;

  // Otherwise cut between graphemes (never inside an emoji or a surrogate pair), leaving room for …
  const bounds = [0];
  let length = 0;
  for (const { segment } of graphemes.segment(flat)) {
    length += [...segment].length;
    if (length > maxLength - 1) break;
    bounds.push(length);
  }
  const hard = bounds.at(-1) ?? 0;
  // and before a Latin word that would be split, unless that word alone fills over 40% of the room.
  const soft = bounds.findLast((bound) => !insideWord(chars, bound)) ?? 0;
  const cut = soft >= floor ? soft : hard;
  return `${chars.slice(0, cut).join('').replace(DANGLING, '')}…`;
}

function insideWord(chars: string[], at: number): boolean {
  const word = (index: number) => {
    const char = chars[index];
    return char !== undefined && WORD_CHAR.test(char) && !CJK.test(char);
  };
  const joiner = (index: number) => JOINER.test(chars[index] ?? '');
  return (
    (word(at - 1) && (word(at) || (joiner(at) && word(at + 1)))) ||
    (joiner(at - 1) && word(at - 2) && word(at))
  );
}
