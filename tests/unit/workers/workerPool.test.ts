import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkerPool, runOnPool, type WorkerPool } from '../../../src/workers/workerPool.js';
import { workerCount } from '../../../src/workers/sitePool.js';

/** A worker that echoes, throws or exits on request, speaking the pool's message format. */
const script = `
import { parentPort, threadId } from 'node:worker_threads';
parentPort.on('message', ({ id, type, payload }) => {
  if (type === 'exit') process.exit(3);
  if (type === 'throw') {
    parentPort.postMessage({ id, error: { message: 'bad input: ' + payload, stack: 'at worker' } });
    return;
  }
  parentPort.postMessage({ id, result: { threadId, doubled: payload * 2 } });
});
`;

const workerUrl = (() => {
  const file = join(mkdtempSync(join(tmpdir(), 'zixun-pool-')), 'echo.mjs');
  writeFileSync(file, script);
  return pathToFileURL(file);
})();

let pool: WorkerPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('createWorkerPool', () => {
  it('sends each request to the worker asked for and resolves with its answer', async () => {
    pool = createWorkerPool(workerUrl, 2);
    const [a, b, a2] = await Promise.all([
      pool.run<{ threadId: number; doubled: number }>(0, { type: 'echo', payload: 2 }),
      pool.run<{ threadId: number; doubled: number }>(1, { type: 'echo', payload: 5 }),
      pool.run<{ threadId: number; doubled: number }>(0, { type: 'echo', payload: 7 }),
    ]);
    expect([a.doubled, b.doubled, a2.doubled]).toEqual([4, 10, 14]);
    expect(a.threadId).toBe(a2.threadId);
    expect(b.threadId).not.toBe(a.threadId);
  });

  it('rejects with the error the worker reports, keeping its stack', async () => {
    pool = createWorkerPool(workerUrl, 1);
    const failed = pool.run(0, { type: 'throw', payload: 'x' });
    await expect(failed).rejects.toThrow('bad input: x');
    await failed.catch((error: Error) => expect(error.stack).toBe('at worker'));
  });

  it('rejects what is pending when a worker dies, instead of hanging', async () => {
    pool = createWorkerPool(workerUrl, 1);
    await expect(pool.run(0, { type: 'exit', payload: null })).rejects.toThrow(
      '[zixun] a build thread stopped (exit code 3); the build cannot go on',
    );
    // Later requests to the stopped thread fail at once instead of waiting forever.
    await expect(pool.run(0, { type: 'echo', payload: 1 })).rejects.toThrow('exit code 3');
    expect(pool.broken).toBe(true);
  });

  it('rejects a worker number the pool does not have', async () => {
    pool = createWorkerPool(workerUrl, 1);
    await expect(pool.run(1, { type: 'echo', payload: 1 })).rejects.toThrow(
      '[zixun] no build thread 1',
    );
  });
});

describe('runOnPool', () => {
  it('runs every job once, on every worker, and returns results in job order', async () => {
    pool = createWorkerPool(workerUrl, 2);
    const jobs = Array.from({ length: 9 }, (_, index) => index);
    const seen = new Set<number>();
    const results = await runOnPool(pool, jobs, async (worker, job) => {
      const reply = await pool!.run<{ threadId: number; doubled: number }>(worker, {
        type: 'echo',
        payload: job,
      });
      seen.add(reply.threadId);
      return reply.doubled;
    });
    expect(results).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16]);
    expect(seen.size).toBe(2);
  });

  it('starts no job after one has failed', async () => {
    const fake = { size: 2 } as WorkerPool;
    const started: number[] = [];
    const run = runOnPool(fake, [0, 1, 2, 3, 4, 5], async (_worker, job) => {
      started.push(job);
      await new Promise((resolve) => setTimeout(resolve, job === 0 ? 1 : 20));
      if (job === 0) throw new Error('炸了');
      return job;
    });
    await expect(run).rejects.toThrow('炸了');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(started).toEqual([0, 1]);
  });
});

describe('workerCount', () => {
  it('uses no threads for a small site and one per core, at most 4, for a big one', () => {
    expect(workerCount(10, {}, 8)).toBe(0);
    expect(workerCount(299, {}, 8)).toBe(0);
    expect(workerCount(300, {}, 8)).toBe(4);
    expect(workerCount(300, {}, 3)).toBe(3);
    expect(workerCount(100_000, {}, 1)).toBe(0);
  });

  it('waits for a much bigger site on two cores, where threads compete with V8 helpers', () => {
    expect(workerCount(4000, {}, 2)).toBe(0);
    expect(workerCount(7999, {}, 2)).toBe(0);
    expect(workerCount(8000, {}, 2)).toBe(2);
    expect(workerCount(20_000, {}, 2)).toBe(2);
  });

  it('follows ZIXUN_WORKERS, and rejects what is not a whole number', () => {
    expect(workerCount(10, { ZIXUN_WORKERS: '2' })).toBe(2);
    expect(workerCount(5000, { ZIXUN_WORKERS: '0' })).toBe(0);
    expect(() => workerCount(10, { ZIXUN_WORKERS: 'many' })).toThrow(
      '[zixun] ZIXUN_WORKERS: found "many"; expected a whole number, 0 or more',
    );
  });
});
