import type { PageSink, PageSource } from './pageSink.js';

/** The owner's transforms for one page: its HTML in, the HTML to write out. */
export type PageTransform = (content: string, source: PageSource, file: string) => Promise<string>;

/** Runs each page through `transform` before handing it to `inner`, which writes it. */
export function transformSink(inner: PageSink, transform: PageTransform): PageSink {
  return {
    async write(file, content, source) {
      await inner.write(file, await transform(content, source, file), source);
    },
    close: () => inner.close(),
  };
}
