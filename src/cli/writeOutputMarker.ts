import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { outputMarker } from '../site/outputMarker.js';
import type { OutputMarkerContent } from './readOutputMarker.js';

/** Writes the build marker into a folder the build owns. */
export function writeOutputMarker(dir: string, state: OutputMarkerContent['state']): void {
  // No paths or host names, since hosts may serve the file; no pid once complete, so that two
  // builds of the same content stay byte-identical.
  const marker: OutputMarkerContent =
    state === 'building'
      ? { generator: 'zixun', state, pid: process.pid }
      : { generator: 'zixun', state };
  writeFileSync(join(dir, outputMarker), `${JSON.stringify(marker)}\n`);
}
