import { join } from 'node:path';
import { keywordFeedPath, keywordFeedXml } from '../feeds/keywordFeed.js';
import type { AssetUrls } from '../layouts/pageContext.js';
import type { SiteModel } from '../site/loadSite.js';
import { outputPath } from './outputPath.js';
import { articlePageHtml, listPageHtml } from './pageHtml.js';
import type { PageSink } from './pageSink.js';

/** Pages to write: articles, list pages and keyword feeds by index in the model, with each article's body. */
export interface PageBatch {
  articles: { index: number; html: string }[];
  lists: number[];
  /** Keyword feeds, by index into `keywordIndex.entries`. */
  feeds: number[];
}

/** Where pages go, and the asset URLs they link. */
export interface PageTarget {
  outputDir: string;
  assets: AssetUrls;
}

/** Renders a batch of pages into `sink`, returning how many; runs in a worker thread, or inline. */
export async function writePages(
  model: SiteModel,
  target: PageTarget,
  batch: PageBatch,
  sink: PageSink,
): Promise<number> {
  let written = 0;
  const write = async (path: string, html: string, input: string, virtual = true) => {
    await sink.write(join(target.outputDir, outputPath(path)), html, { path, input, virtual });
    written++;
  };
  for (const { index, html } of batch.articles) {
    const article = model.articles[index];
    if (!article) continue;
    // The model a worker holds has no bodies; each arrives with its page and leaves with it.
    const kept = article.html;
    article.html = html;
    const page = articlePageHtml(model, target.assets, index);
    article.html = kept;
    await write(article.url, page, article.inputPath, false);
  }
  for (const index of batch.lists) {
    const page = model.lists[index];
    if (page) {
      await write(
        page.path,
        listPageHtml(model, target.assets, page),
        `zixun-${page.kind}.11ty.js`,
      );
    }
  }
  for (const index of batch.feeds) {
    const entry = model.keywordIndex.entries[index];
    if (entry) {
      const path = keywordFeedPath(entry);
      await write(path, keywordFeedXml(model, entry), 'zixun-keyword-feed.11ty.js');
    }
  }
  return written;
}
