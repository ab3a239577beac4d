/**
 * What the build writes at the top of sw.js (`const ZIXUN = {…}`) for the worker to read. Paths
 * are site paths with the base path, percent-encoded as a browser requests them.
 */
export interface ServiceWorkerConfig {
  /** Cache version: a hash of the precache list and every precached file's bytes. */
  version: string;
  /** Cached at install, all or nothing: assets, icons, manifest and the shell pages. */
  shell: string[];
  /** The newest articles, cached at install on a best-effort basis. */
  articles: string[];
  /** Shown for a page that is neither reachable nor cached. */
  offlinePage: string;
  /** How many visited pages (and images) are kept before the oldest are evicted. */
  maxVisited: number;
  /** How long a page request waits for the network before a cached copy is served, in ms. */
  networkTimeout: number;
}
