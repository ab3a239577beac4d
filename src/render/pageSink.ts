import { createWorkerPool } from '../workers/workerPool.js';
import { writeOutputFile } from './writeOutputFile.js';

/** Where a page comes from, for the owner's transforms: its site path and its input file. */
export interface PageSource {
  /** Site path without the base path, such as `/2024/05/28/a/` or `/tags/ai/2/`. */
  path: string;
  /** The article's markdown path, or for a list page or feed a virtual template name in the input folder. */
  input: string;
  virtual: boolean;
}

/** Where rendered pages go: written at once, or handed to a thread that writes them. */
export interface PageSink {
  /** Resolves at once unless the sink is full, so the caller renders on while files are written. */
  write(file: string, content: string, source: PageSource): Promise<void>;
  /** Waits until every file is on disk; throws the first failure. */
  close(): Promise<void>;
}

/** Writes each file before returning: for build threads, which each hold a core of their own. */
export function directSink(made: Set<string>): PageSink {
  return {
    write(file, content) {
      writeOutputFile(file, content, made);
      return Promise.resolve();
    },
    close: () => Promise.resolve(),
  };
}

/** Files per message to the writer thread, and messages in flight before the renderer waits. */
const batchSize = 32;
const maxBatchesInFlight = 8;

/**
 * Hands files to a thread of their own, in batches, so the main thread renders the next pages
 * while that thread encodes them and waits on the disk: a synchronous write stalled rendering on
 * every mkdir, open, write and close. One thread, not libuv's pool: four threads writing at once
 * into the same folders spent more CPU contending in the kernel than they saved.
 */
export function threadSink(): PageSink {
  const pool = createWorkerPool(new URL('../workers/fileWriterThread.js', import.meta.url), 1);
  let batch: { file: string; content: string }[] = [];
  const inFlight = new Set<Promise<unknown>>();
  let failure: Error | undefined;
  const send = () => {
    const job = pool.run(0, { type: 'files', payload: batch });
    batch = [];
    const tracked: Promise<unknown> = job.then(
      () => inFlight.delete(tracked),
      (error: unknown) => {
        inFlight.delete(tracked);
        failure ??= error instanceof Error ? error : new Error(String(error));
      },
    );
    inFlight.add(tracked);
  };
  return {
    async write(file, content) {
      if (failure !== undefined) throw failure;
      batch.push({ file, content });
      if (batch.length < batchSize) return;
      send();
      if (inFlight.size >= maxBatchesInFlight) await Promise.race(inFlight);
    },
    async close() {
      try {
        if (batch.length > 0) send();
        await Promise.all(inFlight);
        if (failure !== undefined) throw failure;
      } finally {
        await pool.close();
      }
    },
  };
}
