import { availableParallelism } from 'node:os';
import { createWorkerPool, type WorkerPool } from './workerPool.js';

/**
 * Below this many articles, starting threads costs more than it saves. On two cores the threads
 * also take the core V8's own compiler and GC threads use, so a 2-core machine starts them only
 * where they paid for themselves in BENCHMARKS.md.
 */
const minArticlesForWorkers = (cores: number) => (cores > 2 ? 300 : 8000);

let pool: WorkerPool | undefined;

/**
 * How many build threads to use for a site: `ZIXUN_WORKERS` when set (0 = none, all work on the
 * main thread), otherwise one per core, at most 4, for sites big enough to gain from them.
 */
export function workerCount(
  articles: number,
  env: NodeJS.ProcessEnv = process.env,
  cores: number = availableParallelism(),
): number {
  const asked = env.ZIXUN_WORKERS;
  if (asked !== undefined && asked.trim() !== '') {
    const count = Number(asked);
    if (!Number.isInteger(count) || count < 0) {
      throw new Error(
        `[zixun] ZIXUN_WORKERS: found "${asked}"; expected a whole number, 0 or more`,
      );
    }
    return count;
  }
  return cores > 1 && articles >= minArticlesForWorkers(cores) ? Math.min(cores, 4) : 0;
}

/** The process's build threads, started on first use and kept (the dev server rebuilds with them). */
export function sitePool(size: number): WorkerPool | undefined {
  if (size === 0) return undefined;
  if (pool?.size !== size || pool.broken) {
    void pool?.close();
    pool = createWorkerPool(new URL('./siteWorker.js', import.meta.url), size);
  }
  return pool;
}

/** Stops the build threads, so a one-off build's process can exit. */
export async function closeSitePool(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.close();
}
