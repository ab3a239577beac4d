import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file every build writes into its output: proof that the folder is Zixun's to replace. */
export const outputMarker = '.zixun-build.json';

/** What the marker says: a build in progress names its process; a finished one says only that. */
export type OutputMarker =
  | { generator: 'zixun'; state: 'building'; pid: number }
  | { generator: 'zixun'; state: 'complete' };

/** Writes the marker into a folder the build owns. */
export function writeOutputMarker(dir: string, state: OutputMarker['state']): void {
  // No paths or host names, since hosts may serve the file; no pid once complete, so that two
  // builds of the same content stay byte-identical.
  const marker: OutputMarker =
    state === 'building'
      ? { generator: 'zixun', state, pid: process.pid }
      : { generator: 'zixun', state };
  writeFileSync(join(dir, outputMarker), `${JSON.stringify(marker)}\n`);
}

/** Reads a folder's marker, or undefined when it has none or it is not Zixun's. */
export function readOutputMarker(dir: string): OutputMarker | undefined {
  try {
    const marker = JSON.parse(readFileSync(join(dir, outputMarker), 'utf8')) as Record<
      string,
      unknown
    >;
    if (marker.generator !== 'zixun') return undefined;
    if (marker.state === 'complete') return { generator: 'zixun', state: 'complete' };
    if (marker.state === 'building' && typeof marker.pid === 'number') {
      return { generator: 'zixun', state: 'building', pid: marker.pid };
    }
    return undefined;
  } catch {
    return undefined;
  }
}
