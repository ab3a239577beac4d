import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startSite, type RunningSite } from './startSite.js';

/** What a test file gets: the running sample site and fresh pages on it. */
export interface PageSession {
  site(): RunningSite;
  /** A fresh browser profile (empty storage and cache) with one page; page errors fail the test. */
  newPage(this: void, options?: BrowserContextOptions): Promise<Page>;
  /** Fails the current test on this page's uncaught errors too (a page from another browser). */
  watchErrors(page: Page): void;
}

/**
 * Serves the built sample site for the test file's tests, closes every page's profile after each
 * test, and fails a test on any uncaught page error.
 */
export function usePageSession(defaults: {
  context?: BrowserContextOptions;
  timeoutMs: number;
}): PageSession {
  let site: RunningSite | undefined;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  beforeAll(async () => {
    site = await startSite();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await site?.stop();
  });
  const running = () => {
    if (!site) throw new Error('the site is not running yet: call site() inside a test');
    return site;
  };
  return {
    site: running,
    async newPage(options = {}) {
      const context = await running().browser.newContext({ ...defaults.context, ...options });
      contexts.push(context);
      context.setDefaultTimeout(defaults.timeoutMs);
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      return page;
    },
    watchErrors(page) {
      page.on('pageerror', (error) => pageErrors.push(error.message));
    },
  };
}
