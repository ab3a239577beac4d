import { readdirSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { outputMarker } from '../site/outputMarker.js';

// The files isEarlierBuild reads, removed last so a removal that stops half-way leaves a folder
// the next build can still prove it may delete.
const proof = new Set([outputMarker, 'index.html', '404.html', 'sitemap.xml']);

/** Deletes a folder a build wrote, its proof of origin last; throws the first file-system error. */
export function removeEarlierBuild(dir: string): void {
  const names = readdirSync(dir);
  for (const name of names) {
    if (!proof.has(name)) rmSync(join(dir, name), { recursive: true, force: true });
  }
  for (const name of names) {
    if (proof.has(name) && name !== outputMarker) rmSync(join(dir, name), { force: true });
  }
  rmSync(join(dir, outputMarker), { force: true });
  rmdirSync(dir);
}
