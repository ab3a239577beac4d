import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readOutputMarker } from './readOutputMarker.js';

/**
 * True when a folder was written by a Zixun build: it holds the build marker, or, for builds from
 * before the marker, index.html with the theme bootstrap's `zixun:scheme` key plus 404.html and
 * sitemap.xml, which every build writes (portable ones too).
 */
export function isEarlierBuild(dir: string): boolean {
  if (readOutputMarker(dir)) return true;
  if (!existsSync(join(dir, '404.html')) || !existsSync(join(dir, 'sitemap.xml'))) return false;
  try {
    return readFileSync(join(dir, 'index.html'), 'utf8').includes("'zixun:scheme'");
  } catch {
    return false;
  }
}
