import { watch } from 'node:fs';

/** Resolves once something under `dir` changes and has been quiet for `settleMs` (an editor's save can be several writes). */
export function nextChange(dir: string, settleMs = 50): Promise<void> {
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const watcher = watch(dir, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        watcher.close();
        resolve();
      }, settleMs);
    });
  });
}
