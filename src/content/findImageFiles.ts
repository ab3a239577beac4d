import type { FindOptions } from './findArticleFiles.js';
import { walkContentFolder, type WalkedFolder } from './walkContentFolder.js';

/**
 * Lists every file under the images folder by the rules articles follow, for any name: only
 * regular files (or links to them) are published, and every other entry is a problem.
 */
export function findImageFiles(imagesDir: string, options: FindOptions = {}): WalkedFolder {
  return walkContentFolder(imagesDir, { ...options, wants: () => true, noun: 'file' });
}
