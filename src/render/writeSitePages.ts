import type { ProgressListener } from '../site/buildProgress.js';
import type { SiteModel } from '../site/loadSite.js';
import { runOnPool, type WorkerPool } from '../workers/workerPool.js';
import { writePages, type PageBatch, type PageTarget } from './writePages.js';

/** Pages per message to a build thread: big enough to amortise the message, small enough to balance. */
const batchSize = 100;

/**
 * Writes every article and list page. With build threads, each gets the model once (without the
 * article bodies, which travel with their pages) and takes batches until none are left.
 */
export async function writeSitePages(
  model: SiteModel,
  target: PageTarget,
  pool: WorkerPool | undefined,
  onProgress?: ProgressListener,
): Promise<number> {
  const total = model.articles.length + model.lists.length;
  onProgress?.('writing pages', 0, total);
  const articles = model.articles.map((_, index) => index);
  const lists = model.lists.map((_, index) => index);
  if (!pool) {
    const batch = { articles: articles.map((index) => bodyOf(model, index)), lists };
    const written = writePages(model, target, batch, new Set());
    onProgress?.('writing pages', written, total);
    return written;
  }
  const slim: SiteModel = {
    ...model,
    articles: model.articles.map((article) => ({ ...article, html: '' })),
    sitemap: [],
    warnings: [],
  };
  const workers = Array.from({ length: pool.size }, (_, worker) => worker);
  await Promise.all(
    workers.map((w) => pool.run(w, { type: 'model', payload: { model: slim, target } })),
  );
  const jobs: { articles: number[]; lists: number[] }[] = [];
  for (let start = 0; start < articles.length; start += batchSize) {
    jobs.push({ articles: articles.slice(start, start + batchSize), lists: [] });
  }
  for (let start = 0; start < lists.length; start += batchSize) {
    jobs.push({ articles: [], lists: lists.slice(start, start + batchSize) });
  }
  let written = 0;
  try {
    await runOnPool(pool, jobs, async (worker, job) => {
      const payload: PageBatch = {
        articles: job.articles.map((index) => bodyOf(model, index)),
        lists: job.lists,
      };
      written += await pool.run<number>(worker, { type: 'write', payload });
      onProgress?.('writing pages', written, total);
    });
  } finally {
    await Promise.allSettled(workers.map((w) => pool.run(w, { type: 'forget', payload: null })));
  }
  return written;
}

function bodyOf(model: SiteModel, index: number): { index: number; html: string } {
  return { index, html: model.articles[index]?.html ?? '' };
}
