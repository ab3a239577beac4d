/** The longest slug, in code points, so paths stay well inside file-system limits. */
export const MAX_SLUG_LENGTH = 80;

// Symbols that tell keywords apart (C, C#, C++, AT&T) become words instead of vanishing.
const SYMBOL_WORDS: Readonly<Record<string, string>> = {
  '#': 'sharp',
  '+': 'plus',
  '&': 'and',
  '@': 'at',
  '%': 'percent',
};

// Windows cannot create these names, not even with an extension (`nul.js`).
// https://learn.microsoft.com/en-us/windows/win32/fileio/naming-a-file#naming-conventions
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/u;

/** Turns a keyword into the `<slug>` of `/tags/<slug>/`: readable, distinct and safe as a folder name everywhere. */
export function slugifyKeyword(name: string): string {
  if (name.trim() === '') {
    throw new RangeError('[zixun] slugifyKeyword: the keyword is empty; skip empty keywords first');
  }
  const words = name
    .normalize('NFKC')
    .toLowerCase()
    // Variation selectors and the keycap mark dress up emoji; they are not part of a word.
    .replace(/[\u20e3\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/gu, '')
    .replace(/(?<![\p{L}\p{M}\p{N}])\p{M}+/gu, ' ')
    .replace(/(?<=[\p{L}\p{N}])['’](?=[\p{L}\p{N}])/gu, '')
    // A dot that starts a word is spoken: .NET → dotnet.
    .replace(/(?<![\p{L}\p{M}\p{N}._])\.(?=[\p{L}\p{N}])/gu, ' dot')
    .replace(/[#+&@%]/gu, (symbol) => ` ${SYMBOL_WORDS[symbol] ?? ''} `)
    // A dot or underscore survives only inside a word: node.js, gpt-3.5, snake_case.
    .replace(/(?<![\p{L}\p{M}\p{N}])[._]|[._](?![\p{L}\p{N}])/gu, ' ')
    .split(/[^\p{L}\p{M}\p{N}._]+/u)
    .filter((word) => word !== '');
  const slug = words.length > 0 ? words.join('-') : codePointSlug(name);
  return avoidReservedName(truncate(slug));
}

/** Says what is wrong with a slug an editor pinned, or gives undefined when it follows the slug rules. */
export function slugFault(slug: string): string | undefined {
  if (slug === '') return 'is empty';
  const bad = /[^\p{L}\p{M}\p{N}._~-]/u.exec(slug)?.[0];
  if (bad !== undefined) return `contains ${describeCharacter(bad)}`;
  if (/^[.-]|[.-]$/u.test(slug)) return 'starts or ends with "." or "-"';
  if (slug.includes('..')) return 'contains ".."';
  if (slug !== slug.normalize('NFKC')) return 'has full-width or compatibility characters';
  if (slug !== slug.toLowerCase()) return 'has upper-case letters';
  if (Array.from(slug).length > MAX_SLUG_LENGTH) {
    return `is longer than ${MAX_SLUG_LENGTH} characters`;
  }
  if (WINDOWS_RESERVED.test(slug.split('.')[0] ?? '')) return 'is a name Windows reserves';
  return undefined;
}

function describeCharacter(character: string): string {
  const codePoint = character.codePointAt(0) ?? 0;
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  return /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(character) ? `"${character}" (${hex})` : hex;
}

// A keyword of emoji or punctuation only still needs a stable, distinct page: 🚀 → u1f680.
function codePointSlug(name: string): string {
  const text = name.normalize('NFKC').replace(/\s+/gu, '');
  // Selectors are noise beside an emoji (❤️ and ❤ are one keyword) but all there is when alone.
  const bare = text.replace(/[\u20e3\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/gu, '');
  return Array.from(bare === '' ? text : bare, (point) => {
    return `u${(point.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
  }).join('-');
}

function truncate(slug: string): string {
  const points = Array.from(slug);
  if (points.length <= MAX_SLUG_LENGTH) return slug;
  // Cut at the last word boundary, unless that would throw away more than half the slug
  // (long Chinese keywords have no boundaries at all).
  const lastDash = points.slice(0, MAX_SLUG_LENGTH + 1).lastIndexOf('-');
  const end = lastDash >= MAX_SLUG_LENGTH / 2 ? lastDash : MAX_SLUG_LENGTH;
  return points
    .slice(0, end)
    .join('')
    .replace(/[-._]+$/u, '');
}

function avoidReservedName(slug: string): string {
  const dot = slug.indexOf('.');
  const stem = dot === -1 ? slug : slug.slice(0, dot);
  return WINDOWS_RESERVED.test(stem) ? `${stem}_${slug.slice(stem.length)}` : slug;
}
