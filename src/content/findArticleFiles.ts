import { readdirSync, readlinkSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { displayPath } from '../site/displayPath.js';
import type { ContentProblem } from './contentProblem.js';
import { fileKind } from './fileKind.js';

/** Where to look, and what a link may point at. */
export interface FindOptions {
  /** The content folder links must stay inside; by default the articles folder's parent. */
  contentDir?: string;
  /** Follow links to files and folders outside the content folder (site.json `content.followExternalLinks`). */
  followExternalLinks?: boolean;
  /** Paths in messages are relative to this folder. */
  cwd?: string;
}

/** The article files found, in a stable order, and a problem for every `.md` entry that is not one. */
export interface FoundArticleFiles {
  files: string[];
  problems: ContentProblem[];
}

// A backslash is a folder separator on Windows and in URLs as browsers read them; a control
// character cannot be shown in a message or a URL.
const unsafeName = /[\\\p{Cc}]/u;

/**
 * Lists every markdown file under the articles folder, sub-folders and links inside the content
 * folder included. Only regular files are listed: anything else named `.md` (a folder, a FIFO, a
 * device, a dangling or looping link, a link leaving the content folder) becomes a problem, so
 * nothing but a plain file is ever opened. Costs one readdir per folder, and a stat only for links.
 */
export function findArticleFiles(articlesDir: string, options: FindOptions = {}): FoundArticleFiles {
  const cwd = options.cwd ?? process.cwd();
  const found: { relativePath: string; path: string }[] = [];
  const problems: ContentProblem[] = [];
  let contentReal: string;
  let rootReal: string;
  try {
    rootReal = realpathSync(articlesDir);
    contentReal = realpathSync(options.contentDir ?? dirname(articlesDir));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { files: [], problems: [] };
    const message = `could not be read (${reasonOf(code)}); expected a folder the build can read`;
    return {
      files: [],
      problems: [{ file: displayPath(articlesDir, cwd), field: 'folder', message, severity: 'error' }],
    };
  }
  const problem = (path: string, message: string, field = 'file') =>
    problems.push({ file: displayPath(path, cwd), field, message, severity: 'error' });
  const isInside = (real: string) => real === contentReal || real.startsWith(contentReal + sep);

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
      const isMarkdown = name.toLowerCase().endsWith('.md');
      const addFile = () => {
        if (unsafeName.test(name)) {
          problems.push({
            file: `${displayPath(dir, cwd)}/${name}`,
            field: 'file',
            message: `the name ${JSON.stringify(name)} contains a backslash or a control character; expected a name without them, since it becomes part of the URL`,
            severity: 'error',
          });
        } else {
          found.push({ relativePath: relative(articlesDir, path).split(sep).join('/'), path });
        }
      };
      const enter = (real: string) => {
        if (!ancestors.has(real)) walk(path, real, new Set(ancestors).add(real));
      };
      if (entry.isFile()) {
        if (isMarkdown) addFile();
      } else if (entry.isDirectory()) {
        if (isMarkdown) problem(path, folderMessage);
        enter(join(realDir, name));
      } else if (entry.isSymbolicLink()) {
        const target = followLink(path);
        if ('problem' in target) {
          if (isMarkdown) problem(path, target.problem);
          continue;
        }
        const { real, stat } = target;
        const isFolder = stat.isDirectory();
        if (!isMarkdown && !isFolder) continue;
        if (!isInside(real) && !options.followExternalLinks) {
          problem(
            path,
            `is a link to ${real}, outside the content folder; expected a file inside the content folder (or set "content": { "followExternalLinks": true } in _data/site.json)`,
          );
        } else if (isFolder) {
          if (isMarkdown) problem(path, folderMessage);
          enter(real);
        } else if (stat.isFile()) {
          addFile();
        } else {
          problem(path, `is a link to ${fileKind(stat)} (${real}); expected a regular markdown file`);
        }
      } else if (isMarkdown) {
        problem(path, `is ${fileKind(entry)}; expected a regular markdown file`);
      }
    }
  };
  walk(articlesDir, rootReal, new Set([rootReal]));

  found.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files: found.map((file) => file.path), problems };
}

const folderMessage =
  'is a folder; expected a markdown file (rename the folder so its name does not end in .md)';

/** Where a link finally points, or why it points nowhere usable. */
function followLink(path: string): { real: string; stat: Stats } | { problem: string } {
  try {
    const real = realpathSync(path);
    return { real, stat: statSync(real) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') {
      return {
        problem: 'is a link that loops back on itself; expected a link to an existing markdown file',
      };
    }
    if (code === 'ENOENT') {
      return {
        problem: `is a link to ${JSON.stringify(linkTarget(path))}, which does not exist; expected a link to an existing markdown file`,
      };
    }
    const reason = reasonOf(code);
    return { problem: `is a link that could not be followed (${reason}); expected a link to an existing markdown file` };
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
