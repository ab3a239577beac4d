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
  /** When an editor's file decides the path (articles, keyword pages): where a clash is reported. */
  blame?: {
    file: string;
    field: string;
    /** How the path reads in that field, e.g. `"/feed.xml/"`; the message goes on `… writes <file>`. */
    what: string;
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
  const pending: [OutputClaim, string][] = [];
  const problems: ContentProblem[] = [];
  const reported = new Set<string>();
  const report = (claim: OutputClaim, other: OutputClaim, clash: Clash) => {
    const [blamed, second] = blameOrder(claim, other);
    const blame = blamed.blame;
    // One problem per thing to fix: a keyword clashes once, not once per page and feed.
    const fix = blame ? `${blame.file}\0${blame.field}\0${blame.what}` : '';
    if (reported.has(fix)) return;
    reported.add(fix);
    if (!blame) {
      // Neither side comes from content: two parts of Zixun disagree, which no editor can fix.
      throw new Error(
        `[zixun] outputClaims: ${claim.source} (${claim.path}) and ${other.source} (${other.path}) clash`,
      );
    }
    const written = (c: OutputClaim) => outputPath(c.path).replace(/\/{2,}/g, '/');
    const relation =
      clash === 'same'
        ? written(blamed) === written(second)
          ? `${second.source} writes that file too`
          : `${second.source} writes ${written(second)}, the same file where case and Unicode form do not count (macOS, Windows)`
        : clash === 'folder'
          ? `the site keeps ${other.path} for ${other.source}`
          : blamed === claim
            ? `${other.source} is the file ${outputPath(other.path)}`
            : `${claim.source} writes ${outputPath(claim.path)}, which needs it to be a folder`;
    problems.push({
      file: blame.file,
      field: blame.field,
      message: `${blame.what} writes ${outputPath(blamed.path)}, but ${relation}; expected ${blame.expected}`,
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
    pending.push([claim, key]);
  }
  for (const [claim, key] of pending) {
    for (let slash = key.indexOf('/', 1); slash !== -1; slash = key.indexOf('/', slash + 1)) {
      const file = files.get(key.slice(0, slash));
      if (file) {
        report(claim, file, 'under');
        break;
      }
      const folder = claim.kind === 'content' ? folders.get(key.slice(0, slash + 1)) : undefined;
      if (folder) {
        report(claim, folder, 'folder');
        break;
      }
    }
  }
  // Editors read problems in file order.
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * The file a path names on disk. `/a/` and `/a/index.html` are one file, and so are `/a//b` and
 * `/a/b`. Paths are compared in NFC and lower case, because macOS and Windows (and so a copied or
 * unzipped site) store `/AI/` and `/ai/`, or a composed and a decomposed é, as one file.
 */
export function claimKey(path: string): string {
  return path
    .replace(/\/{2,}/g, '/')
    .normalize('NFC')
    .toLowerCase();
}

/** How two claims clash: one file, the first under the second's file, or inside its folder. */
type Clash = 'same' | 'under' | 'folder';

/** The claim a problem is reported against: an article before a keyword page, either before the site. */
function blameOrder(claim: OutputClaim, other: OutputClaim): [OutputClaim, OutputClaim] {
  const rank = (c: OutputClaim) => (!c.blame ? 0 : c.kind === 'content' ? 2 : 1);
  return rank(other) > rank(claim) ? [other, claim] : [claim, other];
}
