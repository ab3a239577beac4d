import { parentPort } from 'node:worker_threads';
import type { WorkerReply } from './workerPool.js';

/** What a worker thread does for each request type; a handler may return a promise. */
export type RequestHandlers = Record<string, (payload: never) => unknown>;

/**
 * Answers a worker pool's requests on this thread, one at a time and in order (a handler may be
 * async), with the handler's result or, when it throws, the error's message (after `prefix`) and stack.
 */
export function serveRequests(handlers: RequestHandlers, prefix = ''): void {
  let answering: Promise<void> = Promise.resolve();
  const answer = async (message: { id: number; type: string; payload: never }) => {
    let reply: WorkerReply;
    try {
      const handler = handlers[message.type];
      if (!handler) throw new Error(`a build worker has no "${message.type}" handler`);
      reply = { id: message.id, result: await handler(message.payload) };
    } catch (error) {
      const { message: text, stack } =
        error instanceof Error ? error : { message: String(error), stack: undefined };
      reply = { id: message.id, error: { message: `${prefix}${text}`, stack } };
    }
    parentPort?.postMessage(reply);
  };
  parentPort?.on('message', (message: { id: number; type: string; payload: never }) => {
    answering = answering.then(() => answer(message));
  });
}
