import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Replaces the output folder with the freshly built one using renames, the only step that touches it. */
export function swapOutput(built: string, output: string): void {
  const retired = `${output.replace(/\/+$/, '')}.old-${process.pid}`;
  if (existsSync(output)) renameSync(output, retired);
  renameSync(built, output);
  rmSync(retired, { recursive: true, force: true });
}

/** Removes temporary folders left by builds that failed or were killed. */
export function removeStaleOutputs(output: string): void {
  const trimmed = output.replace(/\/+$/, '');
  const parent = dirname(trimmed);
  const prefix = basename(trimmed);
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent)) {
    if (name.startsWith(`${prefix}.tmp-`) || name.startsWith(`${prefix}.old-`)) {
      rmSync(join(parent, name), { recursive: true, force: true });
    }
  }
}
