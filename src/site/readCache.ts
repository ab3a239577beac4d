import { statSync } from 'node:fs';
import type { Article } from '../content/article.js';
import type { ContentProblem } from '../content/contentProblem.js';

/** What one file gave when last read, and the file's state then. */
interface CachedRead {
  version: string;
  articles: Article[];
  problems: ContentProblem[];
}

/**
 * The dev server's memory of every article file it has read, so a rebuild after one edit reads
 * one file, not thousands. A file is read again when its size or modification time changes, or
 * when the site settings or the images folder (which shape every article's HTML) do.
 */
export class ReadCache {
  private readonly entries = new Map<string, CachedRead>();
  private settingsKey = '';
  /** Bumped whenever everything is forgotten, so versions (and the pages built from them) change too. */
  private generation = 0;

  /** Forgets everything when the settings (or images) changed since the last build. */
  useSettings(key: string): void {
    if (key !== this.settingsKey) {
      this.entries.clear();
      this.generation++;
    }
    this.settingsKey = key;
  }

  /** The file's current version: path, size and modification time, within this cache generation. */
  versionOf(path: string): string {
    const stat = statSync(path);
    return `${this.generation}\0${path}\0${stat.size}\0${stat.mtimeMs}`;
  }

  /** The cached result for this version of the file, if there is one. */
  get(path: string, version: string): CachedRead | undefined {
    const entry = this.entries.get(path);
    return entry?.version === version ? entry : undefined;
  }

  /** Remembers what reading this version of the file gave. */
  set(path: string, entry: CachedRead): void {
    this.entries.set(path, entry);
  }

  /** Drops files that no longer exist, so the cache does not grow with renames. */
  keepOnly(paths: readonly string[]): void {
    const keep = new Set(paths);
    for (const path of this.entries.keys()) if (!keep.has(path)) this.entries.delete(path);
  }
}
