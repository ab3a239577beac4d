import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { isProcessAlive } from './isProcessAlive.js';
import { OutputError } from './outputError.js';
import { describeFault } from './describeFault.js';

/** How long a build waits for another build of the same output before it gives up. */
const waitLimitMs = Number(process.env.ZIXUN_LOCK_WAIT_MS ?? 10 * 60_000);

/**
 * Takes the lock of one output folder: `<output>.lock`, created exclusively and holding the
 * builder's pid. A lock whose pid is no longer alive was left by a killed build and is taken
 * over. While a live build holds it, this waits (saying so once) up to ZIXUN_LOCK_WAIT_MS.
 * Returns the function that releases it.
 */
export async function takeOutputLock(
  output: string,
  shown: string,
  log: (line: string) => void,
): Promise<() => void> {
  // An exclusive link(2) rather than a package: one syscall is atomic (it fails if the lock
  // exists, like O_EXCL), needs no dependency, and the pid inside lets a later build tell a
  // killed builder's lock from a live one without guessing from ages.
  const lock = `${output}.lock`;
  const started = Date.now();
  let told = false;
  for (;;) {
    const holder = tryCreate(lock, shown);
    if (holder === undefined) {
      return () => rmSync(lock, { force: true });
    }
    // Gone between our link and read: try again at once.
    if (Number.isNaN(holder)) continue;
    if (!isProcessAlive(holder)) {
      takeOverStale(lock, holder);
      continue;
    }
    if (Date.now() - started > waitLimitMs) {
      throw new OutputError(
        `[zixun] ${shown}: another build (pid ${holder}) has been writing it for ${Math.round((Date.now() - started) / 1000)} s; expected one build at a time (stop it, or delete ${shown}.lock if no build is running)`,
      );
    }
    if (!told) {
      log(
        `[zixun] ${shown}: another build (pid ${holder}) is writing it; waiting for it to finish`,
      );
      told = true;
    }
    await sleep(200);
  }
}

// Creates the lock holding our pid; returns the holder's pid when it exists already (NaN if unreadable).
// The pid is written first and the file linked into place, so a lock is never seen empty.
function tryCreate(lock: string, shown: string): number | undefined {
  const own = `${lock}.${process.pid}`;
  try {
    writeFileSync(own, `${process.pid}\n`);
    linkSync(own, lock);
    return undefined;
  } catch (error) {
    const fault = error as NodeJS.ErrnoException;
    if (fault.code !== 'EEXIST') throw new OutputError(describeFault(fault, shown));
    return readHolder(lock);
  } finally {
    rmSync(own, { force: true });
  }
}

function readHolder(lock: string): number {
  try {
    return Number.parseInt(readFileSync(lock, 'utf8'), 10);
  } catch {
    // Removed between our open and read: try again at once, as if it were stale.
    return Number.NaN;
  }
}

// Two waiting builds may both find the same stale lock; renaming it away is atomic, so only one
// removes it, and a fresh lock renamed by mistake is put back with link (which never overwrites).
function takeOverStale(lock: string, holder: number): void {
  const aside = `${lock}.stale-${process.pid}`;
  try {
    renameSync(lock, aside);
  } catch {
    return;
  }
  const moved = readHolder(aside);
  if (moved === holder || !isProcessAlive(moved)) {
    rmSync(aside, { force: true });
    return;
  }
  try {
    linkSync(aside, lock);
  } catch {
    // Someone took the lock meanwhile; the live builder's lock is what counts.
  }
  rmSync(aside, { force: true });
}
