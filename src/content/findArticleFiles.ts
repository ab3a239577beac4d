import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Lists every markdown file under the articles folder, sub-folders included, in a stable order. */
export function findArticleFiles(articlesDir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(articlesDir, { recursive: true, encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .map((entry) => entry.split('\\').join('/'))
    .filter((entry) => entry.toLowerCase().endsWith('.md') && !entry.split('/').some((part) => part.startsWith('.')))
    .sort()
    .map((entry) => join(articlesDir, entry));
}
