import { createHash } from 'node:crypto';

/**
 * The cache version of a build: a hash of every precached path and its bytes, so the same content
 * always gives the same version and any change to a precached page or asset gives a new one.
 */
export function serviceWorkerVersion(
  files: readonly { path: string; content: Uint8Array | string }[],
): string {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file.path}\n`);
    hash.update(createHash('sha256').update(file.content).digest('hex'));
  }
  return hash.digest('hex').slice(0, 12);
}
