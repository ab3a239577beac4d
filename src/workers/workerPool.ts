import { Worker } from 'node:worker_threads';

/** A request to a worker thread: which handler, and its input (structured-cloneable). */
export interface WorkerRequest {
  type: string;
  payload: unknown;
}

/** A worker's answer to request `id`: its result, or the error it threw. */
export interface WorkerReply {
  id: number;
  result?: unknown;
  error?: { message: string; stack?: string };
}

/** A fixed set of worker threads, each addressed by number, so a caller can keep state on one of them. */
export interface WorkerPool {
  readonly size: number;
  /** True once a thread has stopped; such a pool must be replaced. */
  readonly broken: boolean;
  run<Result>(worker: number, request: WorkerRequest): Promise<Result>;
  close(): Promise<void>;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

/**
 * Starts `size` threads running `script`. Written here rather than taken from piscina or
 * workerpool: those hand a task to whichever thread is free, and Zixun needs to send a build's
 * site model to every thread once and then address them one by one.
 */
export function createWorkerPool(script: URL, size: number): WorkerPool {
  let nextId = 0;
  const threads = Array.from({ length: size }, () => {
    const pending = new Map<number, Pending>();
    const worker = new Worker(script);
    const thread: { worker: Worker; pending: Map<number, Pending>; failure?: Error } = {
      worker,
      pending,
    };
    const settle = (id: number) => {
      const waiting = pending.get(id);
      pending.delete(id);
      if (pending.size === 0) worker.unref();
      return waiting;
    };
    const failAll = (error: Error) => {
      thread.failure ??= error;
      for (const id of [...pending.keys()]) settle(id)?.reject(error);
    };
    worker.on('message', (reply: WorkerReply) => {
      const waiting = settle(reply.id);
      if (!waiting) return;
      if (reply.error) {
        const error = new Error(reply.error.message);
        error.stack = reply.error.stack ?? error.stack;
        waiting.reject(error);
      } else {
        waiting.resolve(reply.result);
      }
    });
    worker.on('error', failAll);
    worker.on('exit', (code) =>
      failAll(
        new Error(`[zixun] a build thread stopped (exit code ${code}); the build cannot go on`),
      ),
    );
    // An idle thread must not keep the process alive: Ctrl-C in the dev server, or a failed
    // build that never reaches the point where the pool is closed, would hang otherwise. After
    // the listeners: adding a 'message' listener refs the thread's port again.
    worker.unref();
    return thread;
  });
  return {
    size,
    get broken() {
      return threads.some((thread) => thread.failure !== undefined);
    },
    run<Result>(index: number, request: WorkerRequest): Promise<Result> {
      const thread = threads[index];
      if (!thread) return Promise.reject(new Error(`[zixun] no build thread ${index}`));
      // A thread that has stopped would never answer.
      if (thread.failure) return Promise.reject(thread.failure);
      const id = nextId++;
      return new Promise<Result>((resolve, reject) => {
        thread.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        thread.worker.ref();
        thread.worker.postMessage({ id, ...request });
      });
    },
    async close() {
      await Promise.all(threads.map(({ worker }) => worker.terminate()));
    },
  };
}

/** Runs jobs on every worker of the pool, each taking the next job when it finishes one, so uneven jobs balance out; none after a failure. */
export async function runOnPool<Job, Result>(
  pool: WorkerPool,
  jobs: readonly Job[],
  run: (worker: number, job: Job) => Promise<Result>,
): Promise<Result[]> {
  const results: Result[] = new Array<Result>(jobs.length);
  let next = 0;
  let failed = false;
  const loop = async (worker: number) => {
    // After a failure the others take no new job: the build is lost, and an owner's transform
    // must not go on running on pages that will never be written.
    while (!failed && next < jobs.length) {
      const index = next++;
      try {
        results[index] = await run(worker, jobs[index] as Job);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: pool.size }, (_, worker) => loop(worker)));
  return results;
}
