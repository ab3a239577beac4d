import { createHash } from 'node:crypto';
import { drawIcon } from './drawIcon.js';
import { encodePng } from './encodePng.js';
import type { ManifestIcons } from './webManifest.js';

/** The generated app icons: their fingerprinted paths and PNG bytes. */
export interface SiteIcons {
  paths: ManifestIcons;
  files: { path: string; content: Buffer }[];
}

/** Draws the 192 and 512 icons and the 512 maskable one in the accent colour, named by content hash. */
export function siteIcons(colour: string): SiteIcons {
  const make = (name: string, size: number, maskable: boolean) => {
    const content = encodePng(size, size, drawIcon(size, colour, maskable));
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
