import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Counts what a build wrote: HTML pages, all files and bytes. */
export function measureOutput(dir: string): { pages: number; files: number; bytes: number } {
  let pages = 0;
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    if (entry.name.endsWith('.html')) pages++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { pages, files, bytes };
}
