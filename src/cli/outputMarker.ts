import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file every build writes into its output: proof that the folder is Zixun's to replace. */
export const outputMarker = '.zixun-build.json';

/** What the marker says: which process wrote the folder and whether it finished. */
export interface OutputMarker {
  generator: 'zixun';
  state: 'building' | 'complete';
  pid: number;
}

/** Writes the marker into a folder the build owns. */
export function writeOutputMarker(dir: string, state: OutputMarker['state']): void {
  // No paths or host names: hosts may serve the file.
  const marker: OutputMarker = { generator: 'zixun', state, pid: process.pid };
  writeFileSync(join(dir, outputMarker), `${JSON.stringify(marker)}\n`);
}

/** Reads a folder's marker, or undefined when it has none or it is not Zixun's. */
export function readOutputMarker(dir: string): OutputMarker | undefined {
  try {
    const marker = JSON.parse(
      readFileSync(join(dir, outputMarker), 'utf8'),
    ) as Partial<OutputMarker>;
    if (marker.generator !== 'zixun' || typeof marker.pid !== 'number') return undefined;
    if (marker.state !== 'building' && marker.state !== 'complete') return undefined;
    return marker as OutputMarker;
  } catch {
    return undefined;
  }
}
