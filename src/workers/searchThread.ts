import { parentPort } from 'node:worker_threads';
import {
  buildSearchIndex,
  type SearchDocument,
  type SearchIndexOptions,
} from '../search/buildSearchIndex.js';
import type { WorkerReply } from './workerPool.js';

/** The search-index thread: builds the index from the documents it is sent, once. */
parentPort?.on(
  'message',
  (message: {
    id: number;
    payload: { documents: SearchDocument[]; options: SearchIndexOptions };
  }) => {
    let reply: WorkerReply;
    try {
      const started = performance.now();
      const index = buildSearchIndex(message.payload.documents, message.payload.options);
      reply = { id: message.id, result: { index, ms: performance.now() - started } };
    } catch (error) {
      const { message: text, stack } =
        error instanceof Error ? error : { message: String(error), stack: undefined };
      reply = { id: message.id, error: { message: `[zixun] search index: ${text}`, stack } };
    }
    parentPort?.postMessage(reply);
  },
);
