import { readdirSync, readlinkSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { displayPath } from '../site/displayPath.js';
import type { ContentProblem } from './contentProblem.js';
import { fileKind } from './fileKind.js';

/** Where to look, what a link may point at, and which entries the folder publishes. */
export interface WalkRules {
  /** The content folder links must stay inside; by default the walked folder's parent. */
  contentDir?: string;
  /** Follow links to files and folders outside the content folder (site.json `content.followExternalLinks`). */
  followExternalLinks?: boolean;
  /** Paths in messages are relative to this folder. */
  cwd?: string;
  /** Whether an entry of this name must be a file: any name under images/, `.md` under articles/. */
  wants(name: string): boolean;
  /** What a wanted entry must be, for messages: "markdown file", "file". */
  noun: string;
  /** The problem of a folder whose name is wanted; without it such a folder is walked like any other. */
  folderMessage?: string;
}

/** One file found: its path (through any links) and its path under the walked folder, with `/`. */
export interface ContentFile {
  path: string;
  relativePath: string;
}

/** The files found, in code-point order of their relative paths, and a problem for every wanted entry that is not one. */
export interface WalkedFolder {
  files: ContentFile[];
  problems: ContentProblem[];
}

// A backslash is a folder separator on Windows and in URLs as browsers read them; a control
// character cannot be shown in a message or a URL.
const unsafeName = /[\\\p{Cc}]/u;

/**
 * Lists every wanted file under a content folder, sub-folders and links inside the content
 * folder included. Only regular files are listed: any other wanted entry (a FIFO, a device, a
 * socket, a dangling or looping link, a link leaving the content folder) becomes a problem, so
 * nothing but a plain file is ever opened. Hidden entries (`.name`) are skipped. Costs one readdir
 * per folder, and a stat only for links.
 */
export function walkContentFolder(root: string, rules: WalkRules): WalkedFolder {
  const cwd = rules.cwd ?? process.cwd();
  const found: ContentFile[] = [];
  const problems: ContentProblem[] = [];
  let contentReal: string;
  let rootReal: string;
  try {
    rootReal = realpathSync(root);
    contentReal = realpathSync(rules.contentDir ?? dirname(root));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { files: [], problems: [] };
    const message = `could not be read (${reasonOf(code)}); expected a folder the build can read`;
    return {
      files: [],
      problems: [{ file: displayPath(root, cwd), field: 'folder', message, severity: 'error' }],
    };
  }
  const problem = (path: string, message: string, field = 'file') =>
    problems.push({ file: displayPath(path, cwd), field, message, severity: 'error' });
  const isInside = (real: string) => real === contentReal || real.startsWith(contentReal + sep);
  const outsideMessage = (real: string) =>
    `is a link to ${real}, outside the content folder; expected a file inside the content folder (or set "content": { "followExternalLinks": true } in _data/site.json)`;
  // The folder itself may be a link too (content/images -> ~/.ssh): the same rule applies.
  if (!isInside(rootReal) && !rules.followExternalLinks) {
    problem(root, outsideMessage(rootReal), 'folder');
    return { files: [], problems };
  }
  const expected = `expected a regular ${rules.noun}`;
  const expectedLink = `expected a link to an existing ${rules.noun}`;

  // `ancestors` holds the real paths of the folders being walked, `realDir` among them, so a link
  // back to one of them (a loop) is not followed again.
  const walk = (dir: string, realDir: string, ancestors: Set<string>) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true, encoding: 'utf8' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const message = `could not be read (${reasonOf(code)}); expected a folder the build can read`;
      problem(dir, message, 'folder');
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      const wanted = rules.wants(name);
      const addFile = () => {
        if (unsafeName.test(name)) {
          problems.push({
            file: `${displayPath(dir, cwd)}/${name}`,
            field: 'file',
            message: `the name ${JSON.stringify(name)} contains a backslash or a control character; expected a name without them, since it becomes part of the URL`,
            severity: 'error',
          });
        } else {
          found.push({ path, relativePath: relative(root, path).split(sep).join('/') });
        }
      };
      const enter = (real: string) => {
        if (wanted && rules.folderMessage) problem(path, rules.folderMessage);
        if (!ancestors.has(real)) walk(path, real, new Set(ancestors).add(real));
      };
      if (entry.isFile()) {
        if (wanted) addFile();
      } else if (entry.isDirectory()) {
        enter(join(realDir, name));
      } else if (entry.isSymbolicLink()) {
        const target = followLink(path, expectedLink);
        if ('problem' in target) {
          if (wanted) problem(path, target.problem);
          continue;
        }
        const { real, stat } = target;
        const isFolder = stat.isDirectory();
        if (!wanted && !isFolder) continue;
        if (!isInside(real) && !rules.followExternalLinks) {
          problem(path, outsideMessage(real));
        } else if (isFolder) {
          enter(real);
        } else if (stat.isFile()) {
          addFile();
        } else {
          problem(path, `is a link to ${fileKind(stat)} (${real}); ${expected}`);
        }
      } else if (wanted) {
        problem(path, `is ${fileKind(entry)}; ${expected}`);
      }
    }
  };
  walk(root, rootReal, new Set([rootReal]));

  found.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files: found, problems };
}

/** Where a link finally points, or why it points nowhere usable. */
function followLink(path: string, expectedLink: string): { real: string; stat: Stats } | { problem: string } {
  try {
    const real = realpathSync(path);
    return { real, stat: statSync(real) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { problem: `is a link that loops back on itself; ${expectedLink}` };
    if (code === 'ENOENT') {
      return {
        problem: `is a link to ${JSON.stringify(linkTarget(path))}, which does not exist; ${expectedLink}`,
      };
    }
    return { problem: `is a link that could not be followed (${reasonOf(code)}); ${expectedLink}` };
  }
}

function linkTarget(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return '?';
  }
}

function reasonOf(code: string | undefined): string {
  return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : String(code);
}
