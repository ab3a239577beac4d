import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every path under a folder with a digest of its content (or `dir`/`link`), to prove nothing was touched. */
export function treeSnapshot(dir: string): Record<string, string> {
  const snapshot: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, name);
    const stats = lstatSync(path);
    snapshot[name] = stats.isDirectory()
      ? 'dir'
      : stats.isSymbolicLink()
        ? 'link'
        : createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return snapshot;
}
