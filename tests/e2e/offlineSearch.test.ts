import { load } from 'cheerio';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { SearchManifest } from '../../src/search/buildSearchIndex.js';
import { tokenShard } from '../../src/search/tokenShard.js';
import { buildSample, type BuiltSite } from './support/buildSample.js';
import { launchChromium } from './support/launchChromium.js';
import { searchCorpus, type SearchCorpus } from './support/searchCorpus.js';
import { serveStatic, type StaticServer } from './support/serveStatic.js';
import { workerReady } from './support/workerReady.js';

// Issue 6: "visit the home page, then go offline and check that search answers from the cache",
// in Chromium, on a generated site whose index has many shards, so that one search online caches
// only some of them. Offline is context.setOffline plus a server that drops every connection, as
// in offline.test.ts. The site keeps 4 visited pages and 4 search shards (offline.maxVisited).

const maxVisited = 4;

/** Where the index keeps what finds article i: its code's token shard and its metadata row. */
interface Layout {
  manifestPath: string;
  tokenPath: (i: number) => string;
  metaPath: (i: number) => string;
}

/** Three articles, each found by its code: the shards of `cached` and `sameShards` are the same. */
interface Plan {
  cached: number;
  sameShards: number;
  uncached: number;
}

let corpus: SearchCorpus;
let site: BuiltSite;
let server: StaticServer;
let browser: Browser;
let layout: Layout;
let plan: Plan;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  corpus = searchCorpus(300, { offline: { maxVisited } });
  site = await buildSample({}, { input: corpus.dir });
  server = await serveStatic(site.dir);
  browser = await launchChromium();
  layout = readLayout();
  plan = planQueries();
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
  server.setOffline(false);
  expect(pageErrors.splice(0)).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await site?.remove();
  if (corpus) rmSync(corpus.dir, { recursive: true, force: true });
});

const url = (path: string) => new URL(encodeURI(path), server.origin).href;

/** Reads the built index as the browser does. */
function readLayout(): Layout {
  const read = (path: string) => readFileSync(join(site.dir, decodeURI(path)));
  const $ = load(read('/search/index.html').toString());
  const manifestPath = $('form.search-form').attr('data-index') ?? '';
  const manifest = JSON.parse(read(manifestPath).toString()) as SearchManifest;
  expect(manifest.tokens.length).toBeGreaterThanOrEqual(4);
  const metaShard = new Map<string, number>();
  manifest.meta.forEach((hash, shard) => {
    const rows = JSON.parse(
      gunzipSync(read(`/search/d${shard}.${hash}.bin`)).toString(),
    ) as string[][];
    for (const row of rows) metaShard.set(row[1] ?? '', shard);
  });
  return {
    manifestPath,
    tokenPath: (i) => {
      const shard = tokenShard(corpus.code(i), manifest.tokens.length);
      return `/search/t${shard}.${manifest.tokens[shard]}.bin`;
    },
    metaPath: (i) => {
      const shard = metaShard.get(corpus.title(i)) ?? -1;
      return `/search/d${shard}.${manifest.meta[shard]}.bin`;
    },
  };
}

/** Picks two articles whose token and metadata shards are the same, and a third in other shards. */
function planQueries(): Plan {
  const { tokenPath, metaPath } = layout;
  const all = Array.from({ length: corpus.count }, (_, i) => i);
  for (const a of all) {
    const b = all.find(
      (i) => i > a && tokenPath(i) === tokenPath(a) && metaPath(i) === metaPath(a),
    );
    const c = all.find((i) => tokenPath(i) !== tokenPath(a) && metaPath(i) !== metaPath(a));
    if (b !== undefined && c !== undefined) return { cached: a, sameShards: b, uncached: c };
  }
  throw new Error('[zixun test] the search corpus has no two articles sharing both shards');
}

/** A fresh profile (no worker, empty caches) with one page; uncaught page errors fail the test. */
async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  contexts.push(context);
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { context, page };
}

/** Searches from the header form, as a reader would from any page, and waits for the answer. */
async function searchFromHeader(page: Page, query: string): Promise<void> {
  await page.fill('.site-search input[name="q"]', query);
  await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press('.site-search input', 'Enter')]);
  await finished(page);
}

async function finished(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    /^(找到|没有找到|搜索索引加载失败|当前离线)/.test(
      document.querySelector('.search-status')?.textContent ?? '',
    ),
  );
}

const titles = (page: Page) =>
  page.$$eval('.search-result__title', (list) => list.map((h) => h.textContent));

/** Whether any cache of this origin holds a URL. */
const isCached = (page: Page, target: string) =>
  page.evaluate((key) => caches.match(key).then(Boolean), target);

describe('search offline', () => {
  test('after one search online, the same and another query answer from the cache; an uncached one says so', async () => {
    const { context, page } = await newPage();
    await page.goto(url('/'));
    await workerReady(page);
    await searchFromHeader(page, corpus.code(plan.cached));
    expect(await titles(page)).toEqual([corpus.title(plan.cached)]);
    expect(await page.inputValue('#search-input')).toBe(corpus.code(plan.cached));
    const cachedShards = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/search/') && path !== '/search/'),
    );
    expect(cachedShards.length).toBeGreaterThanOrEqual(3);
    for (const path of cachedShards) {
      await expect.poll(() => isCached(page, url(path)), { message: path }).toBe(true);
    }
    expect(await isCached(page, url(layout.tokenPath(plan.uncached)))).toBe(false);

    await context.setOffline(true);
    server.setOffline(true);
    await page.goto(url('/'));
    await searchFromHeader(page, corpus.code(plan.cached));
    expect(await titles(page)).toEqual([corpus.title(plan.cached)]);
    expect(await page.textContent('.search-status')).toBe(
      `找到 1 篇与“${corpus.code(plan.cached)}”相关的文章`,
    );

    await page.fill('#search-input', corpus.code(plan.sameShards));
    await page.press('#search-input', 'Enter');
    await page.waitForFunction(
      (query) => document.querySelector('.search-status')?.textContent?.includes(query),
      corpus.code(plan.sameShards),
    );
    expect(await titles(page)).toEqual([corpus.title(plan.sameShards)]);

    await page.goto(`${url('/search/')}?q=${encodeURIComponent(corpus.code(plan.uncached))}`);
    await finished(page);
    expect(await titles(page)).toEqual([]);
    expect(await page.textContent('.search-status')).toContain('离线时只能搜索已缓存的内容');
  });

  test(`keeps the newest ${maxVisited} search shards in a cache of their own, and the manifest`, async () => {
    const { context, page } = await newPage();
    await page.goto(url('/'));
    await workerReady(page);
    // Five queries whose shards are all different: ten shard files, more than the cap.
    const queries: number[] = [];
    const paths = new Set<string>();
    for (let i = 0; i < corpus.count && queries.length < 5; i++) {
      if (paths.has(layout.tokenPath(i)) || paths.has(layout.metaPath(i))) continue;
      queries.push(i);
      paths.add(layout.tokenPath(i)).add(layout.metaPath(i));
    }
    for (const i of queries) {
      await page.goto(`${url('/search/')}?q=${encodeURIComponent(corpus.code(i))}`);
      await finished(page);
      expect(await titles(page)).toEqual([corpus.title(i)]);
      for (const path of [layout.tokenPath(i), layout.metaPath(i)]) {
        await expect.poll(() => isCached(page, url(path)), { message: path }).toBe(true);
      }
    }
    const kept = () =>
      page.evaluate(async () =>
        (await (await caches.open('zixun:/search')).keys()).map((r) => new URL(r.url).pathname),
      );
    await expect.poll(kept).toHaveLength(maxVisited);
    const last = queries.at(-1) ?? 0;
    expect(await kept()).toEqual(
      expect.arrayContaining([layout.tokenPath(last), layout.metaPath(last)]),
    );
    expect(await isCached(page, url(layout.manifestPath))).toBe(true);

    await context.setOffline(true);
    server.setOffline(true);
    await page.goto(`${url('/search/')}?q=${encodeURIComponent(corpus.code(last))}`);
    await finished(page);
    expect(await titles(page)).toEqual([corpus.title(last)]);
  });
});
