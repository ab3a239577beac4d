import { lstatSync, renameSync } from 'node:fs';
import { describeFault } from './describeFault.js';
import { removeEarlierBuild } from './removeEarlierBuild.js';
import { OutputError } from './outputError.js';

/**
 * Replaces the output folder with the freshly built one using two renames, the only step that
 * touches it. If the second rename fails the old site is put back; either way the output holds a
 * whole site. An old site that cannot be deleted afterwards (read-only) stays as `.old-<pid>`
 * with a warning, and later builds try again.
 */
export function swapOutput(
  built: string,
  output: string,
  shown: string,
  log: (line: string) => void,
): void {
  const retired = `${output}.old-${process.pid}`;
  const shownRetired = `${shown}.old-${process.pid}`;
  const hadOld = exists(output);
  if (hadOld) {
    try {
      renameSync(output, retired);
    } catch (error) {
      throw new OutputError(describeFault(error as NodeJS.ErrnoException, output));
    }
  }
  try {
    renameSync(built, output);
  } catch (error) {
    const fault = describeFault(error as NodeJS.ErrnoException, output);
    if (hadOld) {
      try {
        renameSync(retired, output);
      } catch {
        // The next build finds the retired folder of a dead build and puts it back.
        throw new OutputError(`${fault}; the previous site is in ${shownRetired}`);
      }
    }
    throw new OutputError(fault);
  }
  if (!hadOld) return;
  try {
    removeEarlierBuild(retired);
  } catch (error) {
    const fault = error as NodeJS.ErrnoException;
    log(
      `[zixun] warning: ${shownRetired}: the previous site could not be removed (${fault.code ?? 'unknown'}); the new one is in place, later builds retry`,
    );
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
