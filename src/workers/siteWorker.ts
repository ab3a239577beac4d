import { parentPort } from 'node:worker_threads';
import type { PageBatch, PageTarget } from '../render/writePages.js';
import { directSink } from '../render/pageSink.js';
import { writePages } from '../render/writePages.js';
import type { SiteModel } from '../site/loadSite.js';
import { createArticleReader, type ArticleReader, type ReadSetup } from '../site/articleReader.js';
import type { WorkerReply } from './workerPool.js';

/** The build worker thread: reads article files, then renders and writes pages, for the main thread. */
let reader: { key: string; read: ArticleReader } | undefined;
let pages: { model: SiteModel; target: PageTarget; made: Set<string> } | undefined;

const handlers: Record<string, (payload: never) => unknown> = {
  read({ setup, files }: { setup: ReadSetup; files: string[] }) {
    const key = JSON.stringify(setup);
    if (reader?.key !== key) reader = { key, read: createArticleReader(setup) };
    return reader.read(files);
  },
  model({ model, target }: { model: SiteModel; target: PageTarget }) {
    pages = { model, target, made: new Set() };
    return true;
  },
  write(batch: PageBatch) {
    if (!pages)
      throw new Error('a build worker was asked to write pages before it had the site model');
    return writePages(pages.model, pages.target, batch, directSink(pages.made));
  },
  forget() {
    pages = undefined;
    return true;
  },
};

// The page writer is async (its sink may wait); messages are still answered one at a time, in order.
let answering: Promise<void> = Promise.resolve();

parentPort?.on('message', (message: { id: number; type: string; payload: never }) => {
  answering = answering.then(() => answer(message));
});

async function answer(message: { id: number; type: string; payload: never }): Promise<void> {
  let reply: WorkerReply;
  try {
    const handler = handlers[message.type];
    if (!handler) throw new Error(`a build worker has no "${message.type}" handler`);
    reply = { id: message.id, result: await handler(message.payload) };
  } catch (error) {
    const { message: text, stack } =
      error instanceof Error ? error : { message: String(error), stack: undefined };
    reply = { id: message.id, error: { message: text, stack } };
  }
  parentPort?.postMessage(reply);
}
