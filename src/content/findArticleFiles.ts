import type { ContentProblem } from './contentProblem.js';
import { walkContentFolder } from './walkContentFolder.js';

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

/**
 * Lists every markdown file under the articles folder, by the rules of walkContentFolder: only
 * regular files (or links to them) named `.md` are articles, and any other entry so named, a
 * folder too, is a problem.
 */
export function findArticleFiles(articlesDir: string, options: FindOptions = {}): FoundArticleFiles {
  const { files, problems } = walkContentFolder(articlesDir, {
    ...options,
    wants: (name) => name.toLowerCase().endsWith('.md'),
    noun: 'markdown file',
    folderMessage:
      'is a folder; expected a markdown file (rename the folder so its name does not end in .md)',
  });
  return { files: files.map((file) => file.path), problems };
}
