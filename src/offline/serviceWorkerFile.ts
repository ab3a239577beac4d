import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { outputPath } from '../render/outputPath.js';
import type { SiteModel } from '../site/loadSite.js';
import { precacheList } from './precacheList.js';
import { requestPath } from './requestPath.js';
import { serviceWorkerScript } from './serviceWorkerScript.js';
import { serviceWorkerVersion } from './serviceWorkerVersion.js';

/** How long a page waits for the network before the worker serves a cached copy. */
const networkTimeout = 3000;

/**
 * The text of sw.js for a finished build in `outputDir`. It is made after every page is written:
 * the cache version hashes the bytes of everything precached, and the list of assets comes from
 * the output, where other plugins (search) add fingerprinted files too.
 */
export function serviceWorkerFile(
  model: SiteModel,
  outputDir: string,
  compiledWorker: string,
): string {
  const { basePath, offline } = model.settings;
  const assetsDir = join(outputDir, 'assets');
  const list = precacheList({
    assets: existsSync(assetsDir) ? readdirSync(assetsDir).map((name) => `/assets/${name}`) : [],
    // Pages other plugins add, when this build has them.
    pages: ['/keywords/', '/search/'].filter((path) =>
      existsSync(join(outputDir, outputPath(path))),
    ),
    articles: model.articles.map((article) => article.url),
    articleCount: offline.precacheArticles,
  });
  const files = [...list.shell, ...list.articles].map((path) => {
    const file = join(outputDir, outputPath(path));
    if (!existsSync(file)) {
      throw new Error(
        `[zixun] src/offline/serviceWorkerFile.ts: the precache lists ${path}, but the build wrote no ${file}; every precached path must be a built file`,
      );
    }
    return { path, content: readFileSync(file) };
  });
  const request = (path: string) => requestPath(basePath, path);
  return serviceWorkerScript(
    {
      version: serviceWorkerVersion(files),
      shell: list.shell.map(request),
      articles: list.articles.map(request),
      offlinePage: request('/offline/'),
      maxVisited: offline.maxVisited,
      networkTimeout,
    },
    compiledWorker,
  );
}
