import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSite, type RunningSite } from './support/startSite.js';

// The design in real Chromium: no layout shift, no sideways scrolling on a 360 px phone, the
// reading measure and type on desktop, CJK emphasis without faux italics, and the print styles.

const article = '/2024/05/28/马斯克与lecun/';
const pages = [
  '/',
  article,
  '/2024/03/08/typography/',
  '/404.html',
  '/tags/',
  '/archive/',
  '/search/',
];

let site: RunningSite;

beforeAll(async () => {
  site = await startSite();
});

afterAll(async () => {
  await site?.stop();
});

/** Where an element sits on the row, in px. */
interface Box {
  left: number;
  right: number;
  middle: number;
}

async function withPage(width: number, run: (page: Page) => Promise<void>): Promise<void> {
  const context = await site.browser.newContext({ viewport: { width, height: 800 } });
  try {
    await run(await context.newPage());
  } finally {
    await context.close();
  }
}

describe('layout', () => {
  for (const width of [360, 1280]) {
    test(`the article loads without any layout shift at ${width} px, 设置 button included`, async () => {
      await withPage(width, async (page) => {
        await page.addInitScript(() => {
          const shifts: number[] = [];
          (window as unknown as { shifts: number[] }).shifts = shifts;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries())
              shifts.push((entry as unknown as { value: number }).value);
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(site.url(article), { waitUntil: 'load' });
        await page.waitForSelector('.settings__toggle', { state: 'visible' });
        // Layout-shift entries are delivered after the frame that caused them.
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))),
        );
        expect(
          await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts),
        ).toEqual([]);
      });
    });
  }

  test('no page scrolls sideways on a 360 px phone; wide tables scroll inside .table-wrap', async () => {
    await withPage(360, async (page) => {
      for (const path of pages) {
        await page.goto(site.url(path));
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
      await page.goto(site.url(article));
      await page.evaluate(() => {
        const cell = document.querySelector('.table-wrap td')!;
        cell.textContent = 'https://example.com/a-very-long-unbreakable-value-'.repeat(4);
        cell.setAttribute('style', 'white-space: nowrap');
      });
      const wrap = await page.evaluate(() => {
        const element = document.querySelector('.table-wrap')!;
        return {
          scrolls: element.scrollWidth > element.clientWidth,
          pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
        };
      });
      expect(wrap).toEqual({ scrolls: true, pageOverflow: 0 });
    });
  });

  for (const width of [360, 1280]) {
    test(`the header search box shares the first row with the site name and 设置 at ${width} px`, async () => {
      await withPage(width, async (page) => {
        for (const path of ['/', article, '/search/']) {
          await page.goto(site.url(path));
          await page.waitForSelector('.settings__toggle', { state: 'visible' });
          const boxes = await page.evaluate(() =>
            ['.site-name', '.site-search__input', '.settings__toggle'].map((selector) => {
              const box = document.querySelector(selector)!.getBoundingClientRect();
              return { left: box.left, right: box.right, middle: (box.top + box.bottom) / 2 };
            }),
          );
          const [name, search, settings] = boxes as [Box, Box, Box];
          expect(search.right - search.left, path).toBeGreaterThanOrEqual(96);
          expect(search.left, path).toBeGreaterThan(name.right);
          expect(settings.left, path).toBeGreaterThan(search.right);
          expect(settings.right, path).toBeLessThanOrEqual(width);
          for (const other of [name, settings]) {
            expect(Math.abs(other.middle - search.middle), path).toBeLessThan(4);
          }
        }
      });
    });
  }

  test('images keep their aspect ratio and never exceed the column', async () => {
    await withPage(360, async (page) => {
      await page.goto(site.url(article));
      const images = await page.$$eval('main img[width][height]', (list) =>
        list.map((img) => {
          const box = img.getBoundingClientRect();
          return {
            ratio: box.width / box.height,
            expected: Number(img.getAttribute('width')) / Number(img.getAttribute('height')),
            fits: box.width <= document.querySelector('main')!.clientWidth,
          };
        }),
      );
      expect(images.length).toBeGreaterThan(0);
      for (const image of images) {
        expect(image.ratio).toBeCloseTo(image.expected, 1);
        expect(image.fits).toBe(true);
      }
    });
  });

  test('desktop reading: line height about 1.8 and a measure of 35–40 Chinese characters', async () => {
    await withPage(1440, async (page) => {
      await page.goto(site.url(article));
      const text = await page.$eval('.article__body p', (p) => {
        const style = getComputedStyle(p);
        return {
          lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
          characters: p.getBoundingClientRect().width / parseFloat(style.fontSize),
          family: style.fontFamily,
        };
      });
      expect(text.lineHeight).toBeCloseTo(1.8, 1);
      expect(text.characters).toBeGreaterThanOrEqual(35);
      expect(text.characters).toBeLessThanOrEqual(40);
      for (const font of [
        'PingFang SC',
        'Hiragino Sans GB',
        'Microsoft YaHei',
        'Noto Sans CJK SC',
      ]) {
        expect(text.family).toContain(font);
      }
    });
  });

  test('emphasis in CJK text is upright with emphasis dots, never a synthetic italic', async () => {
    await withPage(360, async (page) => {
      await page.goto(site.url('/2024/03/08/typography/'));
      const style = await page.$eval('.article__body em', (em) => {
        const computed = getComputedStyle(em);
        return { fontStyle: computed.fontStyle, emphasis: computed.textEmphasisStyle };
      });
      // "dot" is how Chromium serialises `filled dot`.
      expect(style).toEqual({ fontStyle: 'normal', emphasis: 'dot' });
    });
  });

  test('print drops navigation, search and 设置 but keeps the article', async () => {
    await withPage(1280, async (page) => {
      await page.goto(site.url(article));
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const shown = await page.evaluate(() =>
        Object.fromEntries(
          [
            '.site-nav',
            '.site-search',
            '.settings',
            '.breadcrumb',
            '.article-nav',
            '.related',
            '.article__body',
          ].map((selector) => [
            selector,
            getComputedStyle(document.querySelector(selector)!).display !== 'none',
          ]),
        ),
      );
      expect(shown).toEqual({
        '.site-nav': false,
        '.site-search': false,
        '.settings': false,
        '.breadcrumb': false,
        '.article-nav': false,
        '.related': false,
        '.article__body': true,
      });
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
        'rgb(255, 255, 255)',
      );
    });
  });
});
