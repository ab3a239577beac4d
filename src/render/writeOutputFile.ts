import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes one output file, making its folder first unless `made` says an earlier write did. */
export function writeOutputFile(file: string, content: string, made: Set<string>): void {
  const dir = dirname(file);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  writeFileSync(file, content);
}
