import type { Browser } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSample, type BuiltSite } from './support/buildSample.js';
import { launchChromium } from './support/launchChromium.js';

// The portable build (ZIXUN_PORTABLE=1) is read from disk over file://, where browsers refuse
// module scripts; 设置 must work there too.

let site: BuiltSite;
let browser: Browser;

beforeAll(async () => {
  site = await buildSample({ ZIXUN_PORTABLE: '1' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.remove();
});

describe('设置 in the portable build', () => {
  test('opened from disk, the panel works and a choice carries to the next page', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(pathToFileURL(`${site.dir}/2024/03/08/typography/index.html`).href);
      await page.click('.settings__toggle');
      await page.click('.settings__choice:has(input[name="scheme"][value="dark"])');
      await page.click('.site-name');
      await page.waitForURL(/\/index\.html$/);
      expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
        'rgb(21, 23, 28)',
      );
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
