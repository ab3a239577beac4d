import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Waits until the worker is active (so its precache is done) and controls the page: the worker
 * does not claim the page that installed it, so that one is reloaded. Returns the worker's scope.
 */
export async function workerReady(page: Page): Promise<string> {
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
  }
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  return scope;
}
