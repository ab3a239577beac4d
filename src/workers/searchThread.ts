import {
  buildSearchIndex,
  type SearchDocument,
  type SearchIndexOptions,
} from '../search/buildSearchIndex.js';
import { serveRequests } from './serveRequests.js';

/** The search-index thread: builds the index from the documents it is sent. */
serveRequests(
  {
    search({ documents, options }: { documents: SearchDocument[]; options: SearchIndexOptions }) {
      const started = performance.now();
      const index = buildSearchIndex(documents, options);
      return { index, ms: performance.now() - started };
    },
  },
  '[zixun] search index: ',
);
