import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { WorkerReply } from './workerPool.js';

/** The file-writer thread: writes the files it is sent, in order, so the main thread can keep rendering. */
const made = new Set<string>();

parentPort?.on(
  'message',
  (message: { id: number; payload: { file: string; content: string }[] }) => {
    let reply: WorkerReply;
    try {
      for (const { file, content } of message.payload) {
        const dir = dirname(file);
        if (!made.has(dir)) {
          mkdirSync(dir, { recursive: true });
          made.add(dir);
        }
        writeFileSync(file, content);
      }
      reply = { id: message.id, result: message.payload.length };
    } catch (error) {
      const { message: text, stack } =
        error instanceof Error ? error : { message: String(error), stack: undefined };
      reply = { id: message.id, error: { message: `[zixun] writing pages: ${text}`, stack } };
    }
    parentPort?.postMessage(reply);
  },
);
