import type { PageSink, PageSource } from './pageSink.js';

/** A page rendered on a build thread, sent back to the main thread for the owner's transforms. */
export interface RenderedPage {
  file: string;
  content: string;
  source: PageSource;
}

/** Keeps the pages instead of writing them, so a build thread can hand them back. */
export function collectSink(pages: RenderedPage[]): PageSink {
  return {
    write(file, content, source) {
      pages.push({ file, content, source });
      return Promise.resolve();
    },
    close: () => Promise.resolve(),
  };
}
