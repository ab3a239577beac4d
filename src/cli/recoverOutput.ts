import { existsSync, readdirSync, renameSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describeFault } from './describeFault.js';
import { removeEarlierBuild } from './removeEarlierBuild.js';
import { isEarlierBuild } from './isEarlierBuild.js';
import { isProcessAlive } from './isProcessAlive.js';
import { readOutputMarker } from './readOutputMarker.js';

/**
 * Clears what killed builds left next to the output, under the output's lock: a `.tmp-<pid>`
 * folder whose marker says that (dead) pid wrote it is removed; a `.old-<pid>` folder holding an
 * earlier build is put back when the output itself is missing (a build killed between its two
 * renames), and removed otherwise. Anything of a live process is left alone; anything unproven
 * is left alone with a warning.
 * A leftover that cannot be removed is reported as a warning and never stops the build.
 */
export function recoverOutput(output: string, shown: string, log: (line: string) => void): void {
  const parent = dirname(output);
  const name = basename(output);
  const pattern = new RegExp(`^${escapeRegExp(name)}\\.(tmp|old)-(\\d+)$`);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  const retired: string[] = [];
  for (const entry of names) {
    const match = pattern.exec(entry);
    if (!match) continue;
    const pid = Number(match[2]);
    if (pid === process.pid || isProcessAlive(pid)) continue;
    const path = join(parent, entry);
    // Named like the output the user gave.
    const shownPath = `${shown}${entry.slice(name.length)}`;
    const marker = readOutputMarker(path);
    if (match[1] === 'tmp' && marker?.state === 'building' && marker.pid === pid) {
      remove(path, shownPath, log);
    } else if (match[1] === 'old' && isEarlierBuild(path)) {
      retired.push(path);
    } else {
      log(
        `[zixun] warning: ${shownPath}: left alone, since nothing in it proves a build wrote it; delete it by hand if it is a leftover`,
      );
    }
  }
  if (!existsSync(output) && retired.length > 0) {
    const newest = retired.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0] as string;
    try {
      renameSync(newest, output);
      retired.shift();
      log(
        `[zixun] ${shown}: was missing after an interrupted build; restored it from ${basename(newest)}`,
      );
    } catch (error) {
      log(
        `[zixun] warning: ${describeFault(error as NodeJS.ErrnoException, newest).slice('[zixun] '.length)}`,
      );
    }
  }
  for (const path of retired) remove(path, `${shown}${path.slice(output.length)}`, log);
}

function remove(path: string, shownPath: string, log: (line: string) => void): void {
  try {
    removeEarlierBuild(path);
  } catch (error) {
    const fault = error as NodeJS.ErrnoException;
    log(
      `[zixun] warning: ${shownPath}: could not remove this leftover of an earlier build (${fault.code ?? 'unknown'}); the build goes on, remove it by hand`,
    );
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
