import type { ContentProblem } from '../content/contentProblem.js';
import { outputPath } from '../render/outputPath.js';

/** One file (or, for `folder`, a whole folder) that the build will write into the output. */
export interface OutputClaim {
  /** Site path as the writer gets it: a page URL ending in `/`, or a file such as `/feed.xml`. */
  path: string;
  /** Who writes it, as messages name it: `content/articles/a.md`, `the site's Atom feed`. */
  source: string;
  /**
   * `content`: an article page, which may go anywhere the site has not taken. `site`: a file the
   * site writes. `folder`: the site keeps everything under `path` (ending in `/`) for its own files.
   */
  kind: 'content' | 'site' | 'folder';
  /**
   * When an editor's file decides the path (articles, keyword pages): where a clash is reported.
   * One object can serve many claims, so a site of 100,000 articles does not make 100,000 of them.
   */
  blame?: {
    /** The file to fix; `source` when left out. */
    file?: string;
    field: string;
    /** How the path reads in that field; `"<path>"` when left out. The message goes on `… writes <file>`. */
    what?: string;
    /** The end of the message: what the editor should do instead. */
    expected: string;
  };
}

/**
 * Two claims on one output file, a file where a folder must go, or an article inside a folder the
 * site keeps, as content errors naming both sources. Paths are compared as written files after
 * normalising (see claimKey), in one pass plus one walk up each path's parent folders.
 */
export function outputClaims(claims: Iterable<OutputClaim>): ContentProblem[] {
  const files = new Map<string, OutputClaim>();
  const folders = new Map<string, OutputClaim>();
  const written: OutputClaim[] = [];
  const keys: string[] = [];
  const problems: ContentProblem[] = [];
  const reported = new Set<string>();
  const report = (claim: OutputClaim, other: OutputClaim, clash: Clash) => {
    const [blamed, second] = blameOrder(claim, other);
    const blame = blamed.blame;
    const file = blame?.file ?? blamed.source;
    const what = blame?.what ?? `"${blamed.path}"`;
    // One problem per thing to fix: a keyword clashes once, not once per page and feed.
    const fix = blame ? `${file}\0${blame.field}\0${what}` : '';
    if (reported.has(fix)) return;
    reported.add(fix);
    if (!blame) {
      // Neither side comes from content: two parts of Zixun disagree, which no editor can fix.
      throw new Error(
        `[zixun] outputClaims: ${claim.source} (${claim.path}) and ${other.source} (${other.path}) clash`,
      );
    }
    const shown = (c: OutputClaim) => outputPath(c.path).replace(/\/{2,}/g, '/');
    const relation =
      clash === 'same'
        ? shown(blamed) === shown(second)
          ? `${second.source} writes that file too`
          : `${second.source} writes ${shown(second)}, the same file where case and Unicode form do not count (macOS, Windows)`
        : clash === 'folder'
          ? `the site keeps ${other.path} for ${other.source}`
          : blamed === claim
            ? `${other.source} is the file ${outputPath(other.path)}`
            : `${claim.source} writes ${outputPath(claim.path)}, which needs it to be a folder`;
    problems.push({
      file,
      field: blame.field,
      message: `${what} writes ${outputPath(blamed.path)}, but ${relation}; expected ${blame.expected}`,
      severity: 'error',
    });
  };

  for (const claim of claims) {
    if (claim.kind === 'folder') {
      folders.set(claimKey(claim.path), claim);
      continue;
    }
    const key = claimKey(outputPath(claim.path));
    const owner = files.get(key);
    if (owner) report(claim, owner, 'same');
    else files.set(key, claim);
    written.push(claim);
    keys.push(key);
  }
  // What stands in the way above each folder, worked out once per folder: thousands of pages
  // share /2024/05/28/ or /tags/, so most walks up stop at the first, already known, parent.
  const blocks = new Map<string, Block>();
  const blockOf = (folder: string): Block => {
    if (folder === '/') return open;
    const known = blocks.get(folder);
    if (known) return known;
    const above = blockOf(folder.slice(0, folder.lastIndexOf('/', folder.length - 2) + 1));
    const file = above.file ?? files.get(folder.slice(0, -1));
    const reserved = above.folder ?? folders.get(folder);
    const block =
      file === above.file && reserved === above.folder ? above : { file, folder: reserved };
    blocks.set(folder, block);
    return block;
  };
  written.forEach((claim, index) => {
    const key = keys[index] ?? '';
    const cut = key.lastIndexOf('/');
    // A page's own folder is mostly its alone, so it is looked up, not remembered.
    const above = cut === 0 ? open : blockOf(key.slice(0, key.lastIndexOf('/', cut - 1) + 1));
    const file = above.file ?? (cut === 0 ? undefined : files.get(key.slice(0, cut)));
    const folder = above.folder ?? (cut === 0 ? undefined : folders.get(key.slice(0, cut + 1)));
    if (file) report(claim, file, 'under');
    // Keyword pages and the like belong in the site's folders; only articles are kept out.
    else if (folder && claim.kind === 'content') report(claim, folder, 'folder');
  });
  // Editors read problems in file order.
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The nearest file claim on a folder's path or above it, and the folder the site keeps that holds it. */
interface Block {
  file: OutputClaim | undefined;
  folder: OutputClaim | undefined;
}

const open: Block = { file: undefined, folder: undefined };

// Printable ASCII but capitals, CJK symbols, kana and ideographs, Hangul syllables: lower-casing
// and NFC leave them alone whatever stands next to them (U+3099 and U+309A combine, so are out).
const unchanged = /^[\x20-\x40\x5b-\x7f\u3000-\u3098\u309b-\u9fff\uac00-\ud7a3]*$/;

/**
 * The file a path names on disk. `/a/` and `/a/index.html` are one file, and so are `/a//b` and
 * `/a/b`. Paths are compared in NFC and lower case, because macOS and Windows (and so a copied or
 * unzipped site) store `/AI/` and `/ai/`, or a composed and a decomposed é, as one file.
 */
export function claimKey(path: string): string {
  const single = path.includes('//') ? path.replace(/\/{2,}/g, '/') : path;
  // Most paths are ASCII and CJK, which neither change needs: skip two ICU calls per page.
  return unchanged.test(single) ? single : single.normalize('NFC').toLowerCase();
}

/** How two claims clash: one file, the first under the second's file, or inside its folder. */
type Clash = 'same' | 'under' | 'folder';

/** The claim a problem is reported against: an article before a keyword page, either before the site. */
function blameOrder(claim: OutputClaim, other: OutputClaim): [OutputClaim, OutputClaim] {
  const rank = (c: OutputClaim) => (!c.blame ? 0 : c.kind === 'content' ? 2 : 1);
  return rank(other) > rank(claim) ? [other, claim] : [claim, other];
}
