import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cachedBytes } from './cachedBytes.js';
import { drawIcon } from './drawIcon.js';
import { encodePng } from './encodePng.js';
import type { ManifestIcons } from './webManifest.js';

/** The generated app icons: their fingerprinted paths and PNG bytes. */
export interface SiteIcons {
  paths: ManifestIcons;
  files: { path: string; content: Buffer }[];
}

/**
 * Draws the 192 and 512 icons and the 512 maskable one in the accent colour, named by content
 * hash. With a `cacheDir`, icons drawn by an earlier build with the same colour and the same
 * drawing code are read from it instead.
 */
export function siteIcons(colour: string, cacheDir?: string): SiteIcons {
  const code = drawingCode();
  const make = (name: string, size: number, maskable: boolean) => {
    const draw = () => encodePng(size, size, drawIcon(size, colour, maskable));
    const inputs = [...code, colour, String(size), String(maskable)];
    const content = cachedBytes(code.length > 0 ? cacheDir : undefined, inputs, draw);
    const hash = createHash('sha256').update(content).digest('hex').slice(0, 10);
    return { path: `/assets/${name}.${hash}.png`, content };
  };
  const any192 = make('icon-192', 192, false);
  const any512 = make('icon-512', 512, false);
  const maskable512 = make('icon-maskable-512', 512, true);
  return {
    paths: { any192: any192.path, any512: any512.path, maskable512: maskable512.path },
    files: [any192, any512, maskable512],
  };
}

/**
 * The source of the modules that make the icons, so a changed drawing never comes from the cache.
 * Empty when they cannot be read (as when tests run the TypeScript sources): then nothing is cached.
 */
function drawingCode(): string[] {
  try {
    return ['./drawIcon.js', './encodePng.js'].map((name) =>
      readFileSync(new URL(name, import.meta.url), 'utf8'),
    );
  } catch {
    return [];
  }
}
