import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { outputMarker } from '../site/outputMarker.js';

/** What the marker says: a build in progress names its process; a finished one says only that. */
export type OutputMarkerContent =
  | { generator: 'zixun'; state: 'building'; pid: number }
  | { generator: 'zixun'; state: 'complete' };

/** Reads a folder's build marker, or undefined when it has none or it is not Zixun's. */
export function readOutputMarker(dir: string): OutputMarkerContent | undefined {
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
