import type { PageBatch, PageTarget } from '../render/writePages.js';
import { collectSink, type RenderedPage } from '../render/collectSink.js';
import { directSink } from '../render/pageSink.js';
import { writePages } from '../render/writePages.js';
import type { SiteModel } from '../site/loadSite.js';
import { createArticleReader, type ArticleReader, type ReadSetup } from '../site/articleReader.js';
import { serveRequests, type RequestHandlers } from './serveRequests.js';

/** The build worker thread: reads article files, then renders and writes pages, for the main thread. */
let reader: { key: string; read: ArticleReader } | undefined;
let pages: { model: SiteModel; target: PageTarget; made: Set<string> } | undefined;

const handlers: RequestHandlers = {
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
  // With the owner's transforms, which are closures on the main thread, the pages go back there.
  async render(batch: PageBatch) {
    if (!pages)
      throw new Error('a build worker was asked to render pages before it had the site model');
    const rendered: RenderedPage[] = [];
    await writePages(pages.model, pages.target, batch, collectSink(rendered));
    return rendered;
  },
  forget() {
    pages = undefined;
    return true;
  },
};

serveRequests(handlers);
