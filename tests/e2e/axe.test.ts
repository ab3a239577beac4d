import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { startSite, type RunningSite } from './support/startSite.js';

// axe-core finds no violations (all default rules, best practices included) on every page kind,
// light and dark, with the default accent and others (黑 is the hardest: it is nearly the text
// colour), on a phone and a desktop.

/** Pages to check. `untilBuilt` pages are skipped while the site answers 404, and checked once they exist. */
const pages: { path: string; untilBuilt?: boolean }[] = [
  { path: '/' },
  { path: '/2024/05/28/马斯克与lecun/' },
  { path: '/2024/03/08/typography/' },
  { path: '/404.html' },
  { path: '/about/' },
  { path: '/special/' },
  { path: '/tags/', untilBuilt: true },
  { path: '/tags/人工智能/', untilBuilt: true },
  { path: '/archive/', untilBuilt: true },
  { path: '/archive/2024/05/', untilBuilt: true },
];

const looks = [
  { colorScheme: 'light', accent: 'red', width: 360 },
  { colorScheme: 'dark', accent: 'red', width: 360 },
  { colorScheme: 'light', accent: 'black', width: 1280 },
  { colorScheme: 'dark', accent: 'blue', width: 1280 },
] as const;

let site: RunningSite;

beforeAll(async () => {
  site = await startSite();
});

afterAll(async () => {
  await site?.stop();
});

/** Violations in a short form that reads well in a failed assertion. */
async function violations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} → ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

describe.each(pages)('axe on $path', ({ path, untilBuilt }) => {
  test.for(looks)('$colorScheme, $accent accent, $width px', async (look, { expect, skip }) => {
    const browserContext = await site.browser.newContext({
      colorScheme: look.colorScheme,
      viewport: { width: look.width, height: 800 },
    });
    try {
      await browserContext.addInitScript(
        (accent) => localStorage.setItem('zixun:accent', accent),
        look.accent,
      );
      const page = await browserContext.newPage();
      const response = await page.goto(site.url(path));
      if (untilBuilt && response?.status() === 404) {
        skip(`${path} is not built yet`);
        return;
      }
      expect(await page.getAttribute('html', 'data-accent')).toBe(look.accent);
      expect(await violations(page)).toEqual([]);
      // The open 设置 panel is part of every page too.
      await page.click('.settings__toggle');
      expect(await violations(page, '.settings')).toEqual([]);
    } finally {
      await browserContext.close();
    }
  });
});
