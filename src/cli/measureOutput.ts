import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { outputMarker } from '../site/outputMarker.js';

/** Counts what a build wrote, HTML pages and all files, for its summary line. */
export function countOutput(dir: string): { pages: number; files: number } {
  const { pages, files } = walkOutput(dir, false);
  return { pages, files };
}

/** Counts what a build wrote: HTML pages, all files and bytes (`npm run bench`). */
export function measureOutput(dir: string): { pages: number; files: number; bytes: number } {
  return walkOutput(dir, true);
}

// A stat per file is most of the walk's cost, so the build's own count skips it.
function walkOutput(dir: string, weigh: boolean): { pages: number; files: number; bytes: number } {
  let pages = 0;
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    // The marker is bookkeeping, not part of the site.
    if (!entry.isFile() || entry.name === outputMarker) continue;
    files++;
    if (entry.name.endsWith('.html')) pages++;
    if (weigh) bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { pages, files, bytes };
}
