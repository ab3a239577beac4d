import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest();

/**
 * The bytes `make` returns for these inputs, read from `dir` when an earlier build stored them.
 * For output that is costly to make and depends only on its inputs (the app icons: cold drawing
 * code at every start; BENCHMARKS.md). Each entry carries the SHA-256 of its bytes, and any trouble with the
 * folder falls back to making them: a missing, read-only or damaged cache can slow a build but
 * never break or change it.
 */
export function cachedBytes(
  dir: string | undefined,
  inputs: readonly string[],
  make: () => Buffer,
): Buffer {
  if (dir === undefined) return make();
  const key = createHash('sha256');
  // Length-prefixed, so ["ab", "c"] and ["a", "bc"] differ.
  for (const input of inputs) key.update(`${input.length}:${input}`);
  const file = join(dir, key.digest('hex'));
  try {
    const stored = readFileSync(file);
    const bytes = stored.subarray(32);
    if (stored.length > 32 && sha256(bytes).equals(stored.subarray(0, 32))) return bytes;
  } catch {
    // Not stored yet, or unreadable: made below.
  }
  const bytes = make();
  try {
    mkdirSync(dir, { recursive: true });
    // Renamed into place, so a build that reads the cache never sees a half-written entry.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.concat([sha256(bytes), bytes]));
    renameSync(partial, file);
  } catch {
    // A cache we cannot write to only costs the next build the time to make the bytes again.
  }
  return bytes;
}
