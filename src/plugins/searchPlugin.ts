import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SearchPage } from '../layouts/search.js';
import { decodePostings } from '../search/decodePostings.js';
import { markRanges } from '../search/markRanges.js';
import { rankResults } from '../search/rankResults.js';
import { searchIndexFor } from '../search/searchIndexFor.js';
import { searchTerms } from '../search/searchTerms.js';
import { termTokens } from '../search/termTokens.js';
import { tokenShard } from '../search/tokenShard.js';
import { lastSiteModel } from '../site/lastSiteModel.js';
import type { SiteModel } from '../site/loadSite.js';
import type { EleventyConfig } from './eleventyConfig.js';
import type { Assets } from './loadAssets.js';
import { pageContextFor } from '../render/pageContextFor.js';
import { renderDocument } from '../render/renderDocument.js';

const clientFile = fileURLToPath(new URL('../client/search.js', import.meta.url));

type Data = { zixun: SiteModel };

/**
 * Registers the search page (/search/) and its script, and writes the index files under /search/.
 * The page is a pagination of one over the index manifest, so the index is built once, while
 * Eleventy paginates (the build report's data phase). Its shards are gzip bytes, which Eleventy
 * templates cannot emit, so they are written beside the pages once Eleventy has written its own.
 */
export function searchPlugin(
  eleventyConfig: EleventyConfig,
  assets: Assets,
  writes: () => boolean,
): void {
  // Eleventy hands each template its own copy of the global data, so the index is built for (and
  // timed on) the model loadSite returned, which the build report reads, and built only once.
  const index = (data: Data) => searchIndexFor(lastSiteModel() ?? data.zixun);
  const script = searchScript();
  const scriptPath = `/assets/search.${createHash('sha256').update(script).digest('hex').slice(0, 10)}.js`;
  eleventyConfig.addTemplate('zixun-search-script.11ty.js', () => script, {
    permalink: scriptPath,
    eleventyExcludeFromCollections: true,
  });
  eleventyConfig.addTemplate('zixun-search.11ty.js', {
    data: {
      pagination: {
        data: 'zixun.articles',
        size: 1,
        alias: 'manifest',
        before: (_articles: unknown[], data: Data) => [index(data).manifestPath],
      },
      permalink: '/search/index.html',
      eleventyExcludeFromCollections: true,
    },
    render: (data: Data & { manifest: string }) =>
      renderDocument(
        SearchPage({
          context: pageContextFor(data.zixun, assets.urls, '/search/'),
          script: scriptPath,
          manifest: data.manifest,
        }),
      ),
  });
  eleventyConfig.on('eleventy.after', (event: AfterEvent) => {
    const model = lastSiteModel();
    if (event.outputMode !== 'fs' || !writes() || !model) return;
    // Not added to model.timings: the build report counts those as data phases, and this is output.
    for (const file of searchIndexFor(model).files) {
      const target = join(event.directories.output, file.path);
      // Names carry a content hash: a file already there (a dev-server rebuild) has these bytes.
      if (existsSync(target)) continue;
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.content);
    }
  });
}

/** The part of Eleventy's `eleventy.after` event argument used here. */
interface AfterEvent {
  outputMode: string;
  directories: { output: string };
}

/**
 * The browser script: the index's own tokenizing, decoding and ranking functions (their compiled
 * source, so browser and build cannot drift apart), then dist/client/search.js, in one closure.
 */
function searchScript(): string {
  const client = readFileSync(clientFile, 'utf8').replace(/^export \{\};\s*$/m, '');
  if (/^\s*(import|export)\b/m.test(client)) {
    throw new Error(
      `[zixun] ${clientFile} imports or exports at run time; keep src/client/search.ts to type-only imports`,
    );
  }
  const shared = [searchTerms, termTokens, tokenShard, decodePostings, rankResults, markRanges];
  return `(function () {\n${[...shared.map(String), client].join('\n')}\n})();\n`
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}
