import type { SiteModel } from '../site/loadSite.js';
import { createWorkerPool } from '../workers/workerPool.js';
import type { SearchIndex } from './buildSearchIndex.js';
import { rememberSearchIndex, searchDocuments } from './searchIndexFor.js';

/**
 * Builds a one-off build's search index on a thread of its own, while the main thread renders
 * pages, and records it as the model's (searchIndexFor then returns it). On one thread the two ran
 * one after the other: the index was 5–7 % of a 4,000-article build.
 */
export async function searchIndexInThread(model: SiteModel): Promise<void> {
  const pool = createWorkerPool(new URL('../workers/searchThread.js', import.meta.url), 1);
  try {
    const { index, ms } = await pool.run<{ index: SearchIndex; ms: number }>(0, {
      type: 'search',
      payload: {
        documents: searchDocuments(model),
        options: { body: model.settings.search.body },
      },
    });
    rememberSearchIndex(model, index, ms);
  } finally {
    await pool.close();
  }
}
