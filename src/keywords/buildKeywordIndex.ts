import type { ContentProblem } from '../content/contentProblem.js';
import { keywordKey } from './keywordKey.js';
import { slugFault, slugifyKeyword } from './slugifyKeyword.js';
import { compareCodePoints } from '../text/compareCodePoints.js';

/** What the index needs from one article; `articles` passed in are sorted newest first. */
export interface KeywordSource {
  inputPath: string;
  url: string;
  /** Epoch milliseconds. */
  date: number;
  keywords: readonly string[];
}

/** One keyword page: its identity, its URL slug, its display name and its articles (input order). */
export interface KeywordEntry {
  /** The keyword's identity, from keywordKey. */
  key: string;
  /** The page is `/tags/<slug>/`: pinned in the settings or made by slugifyKeyword. */
  slug: string;
  /** The spelling most articles use (ties: the one seen first), with spacing tidied. */
  name: string;
  /** Indices into the input, in input order (newest first). */
  articles: number[];
}

/** Every keyword of the site, looked up by slug or by article, with the problems found on the way. */
export interface KeywordIndex {
  /** Sorted by article count (descending), then slug and key in code-point order. */
  entries: KeywordEntry[];
  /** When two keywords collide (an error), the one sorted first owns the slug. */
  bySlug: Map<string, KeywordEntry>;
  /** Per input article, in that article's own order, without repeats. */
  articleKeywords: KeywordEntry[][];
  problems: ContentProblem[];
}

interface Spelling {
  count: number;
  firstSeen: number;
}

interface Tally {
  entry: KeywordEntry;
  spellings: Map<string, Spelling>;
  lastArticle: number;
}

interface Pin {
  name: string;
  slug: string;
  used: boolean;
}

const FILES_NAMED = 3;

/** Builds the keyword pages in one pass over the articles, so keyword pages, tag lists and related articles share one source. */
export function buildKeywordIndex(
  articles: readonly KeywordSource[],
  overrides: Readonly<Record<string, string>> = {},
  settingsFile = 'content/_data/site.json',
): KeywordIndex {
  const problems: ContentProblem[] = [];
  const tallies = new Map<string, Tally>();
  const articleKeywords: KeywordEntry[][] = [];
  let seen = 0;

  articles.forEach((article, index) => {
    const own: KeywordEntry[] = [];
    article.keywords.forEach((raw, position) => {
      const key = keywordKey(raw);
      if (key === '') {
        problems.push({
          file: projectPath(article.inputPath),
          field: 'keywords',
          message: `keyword ${position + 1} is empty; remove it or fill it in`,
          severity: 'warning',
        });
        return;
      }
      let tally = tallies.get(key);
      if (tally === undefined) {
        tally = {
          entry: { key, slug: '', name: '', articles: [] },
          spellings: new Map(),
          lastArticle: -1,
        };
        tallies.set(key, tally);
      }
      // An article that lists one keyword twice, in any spelling, counts once.
      if (tally.lastArticle === index) return;
      tally.lastArticle = index;
      tally.entry.articles.push(index);
      own.push(tally.entry);
      const spelling = displaySpelling(raw);
      const known = tally.spellings.get(spelling);
      if (known === undefined) tally.spellings.set(spelling, { count: 1, firstSeen: seen++ });
      else known.count += 1;
    });
    articleKeywords.push(own);
  });

  const pins = readPins(overrides, settingsFile, problems);
  for (const tally of tallies.values()) {
    const { entry } = tally;
    entry.name = mostUsed(tally.spellings);
    const pin = pins.get(entry.key);
    if (pin !== undefined) pin.used = true;
    entry.slug = pin?.slug ?? slugifyKeyword(entry.key);
  }
  for (const pin of pins.values()) {
    if (!pin.used) {
      problems.push({
        file: settingsFile,
        field: 'keywordSlugs',
        message: `"${pin.name}" is pinned to "${pin.slug}" but no article uses this keyword; remove the entry or correct its spelling`,
        severity: 'warning',
      });
    }
  }

  const entries = Array.from(tallies.values(), (tally) => tally.entry).sort(
    (a, b) =>
      b.articles.length - a.articles.length ||
      compareCodePoints(a.slug, b.slug) ||
      compareCodePoints(a.key, b.key),
  );
  const bySlug = new Map<string, KeywordEntry>();
  for (const entry of entries) {
    const owner = bySlug.get(entry.slug);
    if (owner === undefined) bySlug.set(entry.slug, entry);
    else problems.push(collision(owner, entry, articles, pins, settingsFile));
  }

  return { entries, bySlug, articleKeywords, problems };
}

// Editors write keywords in their own spelling; only spacing is tidied for display.
function displaySpelling(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

function mostUsed(spellings: Readonly<Map<string, Spelling>>): string {
  let best = '';
  let bestSpelling: Spelling = { count: 0, firstSeen: Infinity };
  for (const [spelling, tally] of spellings) {
    if (
      tally.count > bestSpelling.count ||
      (tally.count === bestSpelling.count && tally.firstSeen < bestSpelling.firstSeen)
    ) {
      best = spelling;
      bestSpelling = tally;
    }
  }
  return best;
}

function readPins(
  overrides: Readonly<Record<string, string>>,
  settingsFile: string,
  problems: ContentProblem[],
): Map<string, Pin> {
  const pins = new Map<string, Pin>();
  for (const [name, slug] of Object.entries(overrides)) {
    const fault = slugFault(slug);
    if (fault !== undefined) {
      const basis = [slug, name].find((text) => text.trim() !== '');
      const example = basis === undefined ? '' : `, such as "${slugifyKeyword(basis)}"`;
      problems.push({
        file: settingsFile,
        field: 'keywordSlugs',
        message: `"${name}" is pinned to "${slug}", which ${fault}; expected lower-case letters, digits and - _ . ~ only${example}`,
        severity: 'error',
      });
      continue;
    }
    const key = keywordKey(name);
    const earlier = pins.get(key);
    if (earlier !== undefined && earlier.slug !== slug) {
      problems.push({
        file: settingsFile,
        field: 'keywordSlugs',
        message: `"${earlier.name}" and "${name}" are one keyword pinned to two slugs ("${earlier.slug}" and "${slug}"); keep one entry`,
        severity: 'error',
      });
      continue;
    }
    pins.set(key, { name, slug, used: false });
  }
  return pins;
}

function collision(
  owner: KeywordEntry,
  other: KeywordEntry,
  articles: readonly KeywordSource[],
  pins: ReadonlyMap<string, Pin>,
  settingsFile: string,
): ContentProblem {
  const describe = (entry: KeywordEntry): string => {
    const files = entry.articles
      .slice(0, FILES_NAMED)
      .map((index) => projectPath(articles[index]?.inputPath ?? ''));
    const more = entry.articles.length - files.length;
    const pinned = pins.has(entry.key) ? ', pinned in keywordSlugs' : '';
    return `"${entry.name}" (${files.join(', ')}${more > 0 ? ` and ${more} more` : ''}${pinned})`;
  };
  const first = other.articles[0] ?? owner.articles[0] ?? 0;
  const suggestion = `${owner.slug}-2`;
  const example =
    slugFault(suggestion) === undefined ? `, for example "${other.name}": "${suggestion}"` : '';
  return {
    file: projectPath(articles[first]?.inputPath ?? settingsFile),
    field: 'keywords',
    message:
      `${describe(owner)} and ${describe(other)} both get the page /tags/${owner.slug}/; ` +
      `pin one of them to another slug under "keywordSlugs" in ${settingsFile}${example}`,
    severity: 'error',
  };
}

// Problems name files relative to the project root with forward slashes, as editors see them.
function projectPath(inputPath: string): string {
  return inputPath.replace(/\\/gu, '/').replace(/^\.\//u, '');
}
