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
  if (codePointLength(flat, 0, flat.length) <= maxLength) return flat;

  // Ending on a whole sentence is best, unless it throws away more than 40% of the room.
  const floor = Math.ceil(maxLength * 0.6);
  let sentence = '';
  let length = 0;
  let counted = 0;
  for (const match of flat.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    length += codePointLength(flat, counted, end);
    counted = end;
    if (length > maxLength) break;
    if (length >= floor) sentence = flat.slice(0, end);
  }
  if (sentence !== '') return sentence.endsWith('；') ? `${sentence.slice(0, -1)}…` : sentence;
  const chars = [...flat];

  // Otherwise cut between graphemes (never inside an emoji or a surrogate pair), leaving room for …
  const bounds = [0];
  let cut = 0;
  for (const { segment } of graphemes.segment(flat)) {
    cut += [...segment].length;
    if (cut > maxLength - 1) break;
    bounds.push(cut);
  }
  const hard = bounds.at(-1) ?? 0;
  // and before a Latin word that would be split, unless that word alone fills over 40% of the room.
  const soft = bounds.findLast((bound) => !insideWord(chars, bound)) ?? 0;
  const at = soft >= floor ? soft : hard;
  return `${chars.slice(0, at).join('').replace(DANGLING, '')}…`;
}

/** Code points in text[from, to), counting a surrogate pair once, without building an array. */
function codePointLength(text: string, from: number, to: number): number {
  let length = to - from;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xdc00 && code <= 0xdfff && index > 0) {
      const before = text.charCodeAt(index - 1);
      if (before >= 0xd800 && before <= 0xdbff) length--;
    }
  }
  return length;
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
