import { ArchiveIndexPage } from '../layouts/archiveIndex.js';
import { KeywordGroupsPage } from '../layouts/keywordGroups.js';
import { KeywordIndexPage } from '../layouts/keywordIndex.js';
import { NotFoundPage } from '../layouts/notFound.js';
import type { PageContext } from '../layouts/pageContext.js';
import { pageContextFor } from '../render/pageContextFor.js';
import type { Html } from '../render/jsxRuntime.js';
import { renderDocument } from '../render/renderDocument.js';
import { writeSitePages } from '../render/writeSitePages.js';
import { reportProgress } from '../site/buildProgress.js';
import type { SiteModel } from '../site/loadSite.js';
import { closeSitePool, sitePool, workerCount } from '../workers/sitePool.js';
import type { EleventyConfig, PageData } from './eleventyConfig.js';
import type { Assets } from './loadAssets.js';
import { ownerTransforms } from './ownerTransforms.js';

type Build = (context: PageContext) => Html;

/**
 * Writes the article and list pages, and registers the few single pages as virtual templates.
 * Articles and list pages (nearly every page of a site) are rendered by Zixun's build threads
 * straight into Eleventy's output folder while Eleventy renders its own templates: Eleventy's
 * per-page work (data cascade, pagination objects, a synchronous write each) cost more than the
 * rendering itself, and it runs on one core. The owner's transforms and linters, when there are
 * any, run on these pages too (`ownerTransforms`).
 */
export function pagesPlugin(
  eleventyConfig: EleventyConfig,
  assets: Assets,
  writes: () => boolean,
): PageWrites {
  let writing: Promise<number> = Promise.resolve(0);
  // The dev server's record of each page it wrote (path → what it was made of), across rebuilds.
  const written = new Map<string, string>();
  let outputMode = 'fs';
  const transforms = ownerTransforms(eleventyConfig);
  eleventyConfig.on('eleventy.before', (event: { outputMode?: string }) => {
    outputMode = event.outputMode ?? 'fs';
  });
  eleventyConfig.on('eleventy.after', async () => {
    try {
      await writing;
    } finally {
      // A one-off build ends here; the dev server keeps its threads for the next rebuild.
      if (process.env.ELEVENTY_RUN_MODE === 'build' || !process.env.ELEVENTY_RUN_MODE) {
        await closeSitePool();
      }
    }
  });

  const single = (name: string, permalink: string, build: Build) =>
    eleventyConfig.addTemplate(`zixun-${name}.11ty.js`, {
      data: { permalink, eleventyExcludeFromCollections: true },
      render: (data: PageData<SiteModel>) =>
        renderDocument(
          build(pageContextFor(data.zixun, assets.urls, permalink.replace(/index\.html$/, ''))),
        ),
    });
  single('keyword-index', '/tags/index.html', (context) => <KeywordIndexPage context={context} />);
  single('keyword-groups', '/keywords/index.html', (context) => (
    <KeywordGroupsPage context={context} />
  ));
  single('archive-index', '/archive/index.html', (context) => (
    <ArchiveIndexPage context={context} />
  ));
  single('404', '/404.html', (context) => <NotFoundPage context={context} />);

  return {
    start(model) {
      const transform = transforms.forModel(model);
      if (outputMode !== 'fs' || !writes()) return;
      const target = { outputDir: eleventyConfig.directories.output, assets: assets.urls };
      const pool = sitePool(workerCount(model.articles.length));
      // A dev rebuild after a failed one waits for that one's writes, which Eleventy never awaited.
      const previous = writing.catch(() => 0);
      const began = performance.now();
      writing = previous
        .then(() =>
          writeSitePages(model, target, pool, {
            onProgress: reportProgress,
            ...(model.versions ? { written } : {}),
            ...(transform ? { transform } : {}),
          }),
        )
        .then((count) => {
          // Wall time of the page writes, which overlap Eleventy rendering its own templates.
          model.timings.pages = performance.now() - began;
          return count;
        });
      // Awaited on eleventy.after; until then a failure must not surface as an unhandled rejection.
      writing.catch(() => undefined);
    },
    done: () => writing,
  };
}

/** The article and list pages being written: started with each build's model, awaited by what reads them. */
export interface PageWrites {
  start(model: SiteModel): void;
  /** Settles when this build's pages are on disk (sw.js hashes some of them). */
  done(): Promise<number>;
}
