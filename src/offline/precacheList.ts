/** The site paths a worker precaches: the shell (all must load) and the newest articles. */
export interface PrecacheList {
  shell: string[];
  articles: string[];
}

/** What goes into the precache; every path is a site path without the base path. */
export interface PrecacheInput {
  /** Files under /assets/ (fingerprinted CSS, JS, icons), e.g. `/assets/site.0123456789.css`. */
  assets: readonly string[];
  /** Extra shell pages found in this build, such as `/search/`. */
  pages: readonly string[];
  /** Article URLs, newest first. */
  articles: readonly string[];
  /** How many of the newest articles to precache. */
  articleCount: number;
}

/** Pages every reader needs offline: home, the keyword index, 已保存 and the offline page. */
const shellPages = ['/', '/tags/', '/saved/', '/offline/', '/manifest.webmanifest'];

/** Lists what the worker caches at install, as site paths (no base path) in a stable order. */
export function precacheList(input: PrecacheInput): PrecacheList {
  return {
    shell: [...shellPages, ...input.pages, ...[...input.assets].sort()],
    articles: input.articles.slice(0, input.articleCount),
  };
}
