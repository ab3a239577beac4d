import { decodeHTML } from 'entities';

// A tag's attributes may quote a `>`, so quoted values are skipped whole.
const TAG = /<!--[\s\S]*?(?:-->|$)|<[!?][^>]*>|<\/?[A-Za-z](?:[^>"']|"[^"]*"|'[^']*')*>/g;
const RAW_TEXT = /<(script|style)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const FOOTNOTE_REF = /<sup\b[^>]*\bclass\s*=\s*["']?footnote-ref\b[^>]*>[\s\S]*?<\/sup\s*>/gi;
const FOOTNOTES_OPEN =
  /<section\b[^>]*\bclass\s*=\s*(["'])(?:[^"']*\s)?footnotes(?:\s[^"']*)?\1[^>]*>/i;
const SECTION = /<(\/?)section\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const BLOCK = new Set(
  (
    'address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption ' +
    'figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary ' +
    'table tbody tfoot thead tr ul'
  ).split(' '),
);
const CELL = new Set(['td', 'th']);
// Both sides of a line break are wide East Asian characters (kana and Han, not Hangul).
const CJK_BREAK =
  /([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u3000-\u303f\uff00-\uffef])[^\S\n]*\n\s*(?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u3000-\u303f\uff00-\uffef])/gu;

/** Turns rendered article HTML into the plain text that search, summaries and reading time read. */
export function htmlToPlainText(html: string): string {
  const lines: string[] = [];
  let line = '';
  let last = 0;
  const source = removeFootnotes(html.replace(RAW_TEXT, '')).replace(FOOTNOTE_REF, '');
  for (const match of source.matchAll(TAG)) {
    line += decodeText(source.slice(last, match.index));
    last = match.index + match[0].length;
    const name = /^<\/?([A-Za-z][^\s/>]*)/.exec(match[0])?.[1]?.toLowerCase() ?? '';
    if (BLOCK.has(name)) {
      lines.push(line);
      line = '';
    } else if (CELL.has(name)) {
      line += ' ';
    }
  }
  lines.push(line + decodeText(source.slice(last)));
  let plain = '';
  for (const text of lines) {
    // Most "lines" are the newline between two block tags: trim() drops them without a regex.
    if (text.trim() === '') continue;
    // Browsers drop a source line break between two Chinese characters rather than show a space.
    // https://www.w3.org/TR/css-text-3/#line-break-transform
    // The Unicode-property regex is costly, so it only runs on the few lines holding a break.
    const joined = text.includes('\n') ? text.replace(CJK_BREAK, '$1') : text;
    plain += `${plain === '' ? '' : '\n'}${joined.replace(/\s+/g, ' ').trim()}`;
  }
  return plain;
}

function decodeText(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}

// Footnote sections may hold nested sections, so the matching close tag is found by depth.
function removeFootnotes(html: string): string {
  let rest = html;
  let kept = '';
  for (let open = FOOTNOTES_OPEN.exec(rest); open; open = FOOTNOTES_OPEN.exec(rest)) {
    kept += rest.slice(0, open.index);
    let depth = 0;
    let end = rest.length;
    SECTION.lastIndex = open.index;
    for (let tag = SECTION.exec(rest); tag; tag = SECTION.exec(rest)) {
      depth += tag[1] === '/' ? -1 : 1;
      if (depth === 0) {
        end = tag.index + tag[0].length;
        break;
      }
    }
    rest = rest.slice(end);
  }
  return kept + rest;
}
