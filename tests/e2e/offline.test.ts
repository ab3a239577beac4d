import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { buildSample, type BuiltSite } from './support/buildSample.js';
import { launchChromium } from './support/launchChromium.js';
import { serveStatic, type StaticServer } from './support/serveStatic.js';
import { workerReady } from './support/workerReady.js';

// Issue 6's offline reading in real Chromium against the built sample site on 127.0.0.1. "Offline"
// is Playwright's context.setOffline plus a server that drops every connection: Chromium's offline
// emulation does not reach a service worker's own fetches (microsoft/playwright#2311).

const precachedArticle = '/2024/05/30/rust-in-linux/';
const savedArticle = '/2024/03/08/typography/';
const keywordPage = '/tags/人工智能/';
const unvisitedKeyword = '/tags/linux/';

let site: BuiltSite;
let server: StaticServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];
const copies: string[] = [];

beforeAll(async () => {
  site = await buildSample();
  server = await serveStatic(site.dir);
  browser = await launchChromium();
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
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

const url = (path: string, origin = server.origin) => new URL(encodeURI(path), origin).href;

/** A fresh profile (no worker, empty caches) with one page; uncaught page errors fail the test. */
async function newPage(
  colorScheme: 'light' | 'dark' = 'light',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ serviceWorkers: 'allow', colorScheme });
  contexts.push(context);
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { context, page };
}

/** Whether a cache of this origin holds a URL. */
function isCached(page: Page, cacheName: string, target: string): Promise<boolean> {
  return page.evaluate(
    ([name, key]) =>
      caches
        .open(name)
        .then((cache) => cache.match(key))
        .then(Boolean),
    [cacheName, target] as const,
  );
}

async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  server.setOffline(true);
}

/** The sample content with changes, in a temporary folder, for a second build. */
function changedContent(change: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'zixun-content-'));
  copies.push(dir);
  cpSync('content', dir, { recursive: true });
  change(dir);
  return dir;
}

describe('offline reading', () => {
  test('after a first visit, a precached article opens with no network', async () => {
    const { context, page } = await newPage();
    await page.goto(url('/'));
    expect(await workerReady(page)).toBe(url('/'));
    await goOffline(context);
    await page.goto(url(precachedArticle));
    expect(await page.textContent('h1')).toContain('Linux 内核中的 Rust');
    expect(await page.locator('body.page-article').count()).toBe(1);
    // The shell's stylesheet came from the cache too.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain(
      'PingFang SC',
    );
  });

  test('a visited keyword page opens with no network', async () => {
    const { context, page } = await newPage();
    await page.goto(url('/'));
    await workerReady(page);
    await page.goto(url(keywordPage));
    await expect.poll(() => isCached(page, 'zixun:/pages', url(keywordPage))).toBe(true);
    await goOffline(context);
    await page.goto(url('/'));
    await page.goto(url(keywordPage));
    expect(await page.textContent('h1')).toContain('人工智能');
    expect(await page.locator('body.page-keyword').count()).toBe(1);
  });

  test('an unvisited page shows the offline page, which leads to 已保存', async () => {
    const { context, page } = await newPage();
    await page.goto(url('/'));
    await workerReady(page);
    await goOffline(context);
    const response = await page.goto(url(unvisitedKeyword));
    expect(page.url()).toBe(url(unvisitedKeyword));
    expect(response?.status()).toBe(200);
    expect(await page.locator('body.page-offline').count()).toBe(1);
    expect(await page.textContent('h1')).toBe('当前离线');
    await page.click('main a[href="/saved/"]');
    await page.waitForURL(url('/saved/'));
    await expect.poll(() => page.locator('.saved-lists').isVisible()).toBe(true);
    expect(await page.textContent('#saved-empty')).toContain('还没有保存的文章');
  });

  test('a saved article still opens offline after the worker updates to a new build', async () => {
    const { context, page } = await newPage();
    await page.goto(url('/'));
    await workerReady(page);
    const before = await page.evaluate(() => caches.keys());

    await page.goto(url(savedArticle));
    const button = page.locator('.save-button');
    await expect.poll(() => button.isVisible()).toBe(true);
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(await button.textContent()).toBe('保存离线');
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    expect(await button.textContent()).toBe('已保存');
    expect(await isCached(page, 'zixun:/saved', url(savedArticle))).toBe(true);

    // The next build drops that article, so the new shell cannot have it; only 已保存 can.
    const next = changedContent((dir) => rmSync(join(dir, 'articles/typography.md')));
    await buildSample({}, { input: next, into: site });
    try {
      await updateAndReadSaved(context, page, before);
    } finally {
      await buildSample({}, { into: site });
    }
  });

  /** Takes the update through 有更新, then reads and removes the saved article offline. */
  async function updateAndReadSaved(context: BrowserContext, page: Page, before: string[]) {
    await page.goto(url('/'));
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      await registration.update();
    });
    const notice = page.locator('.update-notice');
    await expect.poll(() => notice.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await notice.textContent()).toContain('有更新');
    await Promise.all([page.waitForEvent('load'), notice.locator('button').click()]);
    await workerReady(page);
    const after = await page.evaluate(() => caches.keys());
    const shells = (names: string[]) => names.filter((name) => name.startsWith('zixun:/shell-'));
    expect(shells(after)).toHaveLength(1);
    expect(shells(after)).not.toEqual(shells(before));
    expect(after).toContain('zixun:/saved');

    // Forget the visited copy too: what opens now comes from the saved cache.
    await page.evaluate(() => caches.delete('zixun:/pages'));
    await goOffline(context);
    await page.goto(url(savedArticle));
    expect(await page.textContent('h1')).toContain('排版');
    expect(await page.locator('.save-button').getAttribute('aria-pressed')).toBe('true');

    await page.goto(url('/saved/'));
    const item = page.locator('#saved-articles .saved-item');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.locator('a').getAttribute('href')).toBe(url(savedArticle));
    await item.locator('.saved-item__remove').click();
    await expect.poll(() => item.count()).toBe(0);
    expect(await page.textContent('.saved-status')).toContain('已删除');
    expect(await isCached(page, 'zixun:/saved', url(savedArticle))).toBe(false);
  }

  test('已保存 lists recently visited articles with their titles, offline', async () => {
    const { context, page } = await newPage();
    await page.goto(url('/'));
    await workerReady(page);
    await page.goto(url(precachedArticle));
    await expect.poll(() => isCached(page, 'zixun:/pages', url(precachedArticle))).toBe(true);
    await goOffline(context);
    await page.goto(url('/saved/'));
    const visited = page.locator('#visited-articles .saved-item a');
    await expect.poll(() => visited.count()).toBe(1);
    expect(await visited.textContent()).toContain('Linux 内核中的 Rust');
  });
});

describe('without JavaScript', () => {
  test('the save row is not shown and takes no room; with it, its room is kept from the start', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(url(savedArticle));
    expect(
      await page.locator('.offline-tools').evaluate((el) => getComputedStyle(el).display),
    ).toBe('none');
    await page.goto(url('/saved/'));
    expect(await page.textContent('.saved-status')).toContain('需要启用 JavaScript');
    expect(await page.locator('.saved-lists').isVisible()).toBe(false);

    const { page: scripted } = await newPage();
    await scripted.route('**/assets/offline.*.js', (route) => route.abort());
    await scripted.goto(url(savedArticle));
    const row = scripted.locator('.offline-tools');
    expect(await row.evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
    expect((await row.boundingBox())?.height).toBeGreaterThan(30);
  });
});

describe('accessibility', () => {
  test.for(['light', 'dark'] as const)(
    'axe finds nothing on a pressed save button, 已保存 with entries and the offline page (%s)',
    async (colorScheme) => {
      const { context, page } = await newPage(colorScheme);
      const axe = async () =>
        (await new AxeBuilder({ page }).analyze()).violations.map(
          (v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      await page.goto(url('/'));
      await workerReady(page);
      await page.goto(url(precachedArticle));
      await page.goto(url(savedArticle));
      const button = page.locator('.save-button');
      await expect.poll(() => button.isVisible()).toBe(true);
      await button.click();
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
      const found = await axe();
      await page.goto(url('/saved/'));
      await expect.poll(() => page.locator('.saved-item').count()).toBe(2);
      found.push(...(await axe()));
      await goOffline(context);
      await page.goto(url(unvisitedKeyword));
      expect(await page.textContent('h1')).toBe('当前离线');
      found.push(...(await axe()));
      expect(found).toEqual([]);
    },
  );
});

describe('the kill switch', () => {
  test('with offline.enabled false, the next visit unregisters the worker and clears its caches', async () => {
    const { page } = await newPage();
    await page.goto(url('/'));
    await workerReady(page);
    // A search fills the search cache too, which the kill switch must also clear.
    await page.goto(`${url('/search/')}?q=${encodeURIComponent('马斯克')}`);
    await expect.poll(() => page.evaluate(() => caches.keys())).toContain('zixun:/search');

    const next = changedContent((dir) => {
      const file = join(dir, '_data/site.json');
      const settings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      writeFileSync(file, JSON.stringify({ ...settings, offline: { enabled: false } }));
    });
    await buildSample({}, { input: next, into: site });
    try {
      expect(readFileSync(join(site.dir, 'sw.js'), 'utf8')).toContain('unregister');
      // A navigation makes the browser look for a new sw.js; the kill switch installs at once.
      await page.goto(url(precachedArticle));
      await expect
        .poll(() => page.evaluate(() => navigator.serviceWorker.getRegistrations()), {
          timeout: 15_000,
        })
        .toHaveLength(0);
      await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([]);
      expect(await page.locator('.save-button').count()).toBe(0);
    } finally {
      await buildSample({}, { into: site });
    }
  });
});

describe('under a sub-path', () => {
  test('the worker is scoped to /news/ and serves precached articles there', async () => {
    const subSite = await buildSample({ ZIXUN_BASE_PATH: '/news/' });
    const subServer = await serveStatic(subSite.dir, { prefix: '/news/' });
    try {
      const { context, page } = await newPage();
      await page.goto(url('/news/', subServer.origin));
      expect(await workerReady(page)).toBe(url('/news/', subServer.origin));
      const manifest = await page.evaluate(async () => {
        const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
        return (await fetch(link?.href ?? '')).json() as Promise<Record<string, unknown>>;
      });
      expect(manifest).toMatchObject({ start_url: '/news/', scope: '/news/' });
      await context.setOffline(true);
      subServer.setOffline(true);
      await page.goto(url(`/news${precachedArticle}`, subServer.origin));
      expect(await page.textContent('h1')).toContain('Linux 内核中的 Rust');
      expect(await page.evaluate(() => caches.keys())).toContainEqual(
        expect.stringMatching(/^zixun:\/news\/shell-/),
      );
    } finally {
      await subServer.close();
      await subSite.remove();
    }
  });
});
