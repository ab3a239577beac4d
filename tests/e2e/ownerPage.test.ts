import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { usePageSession } from './support/pageSession.js';

// The sample site's 关于我们 page (content/about.md, layout: page) in real Chromium: the 设置
// panel works there as on Zixun's own pages.

const about = '/about/';
const darkBg = 'rgb(21, 23, 28)';

const session = usePageSession({ context: { colorScheme: 'light' }, timeoutMs: 5_000 });

async function choose(page: Page, name: string, value: string): Promise<void> {
  if ((await page.getAttribute('.settings__toggle', 'aria-expanded')) !== 'true') {
    await page.click('.settings__toggle');
  }
  await page.click(`.settings__choice:has(input[name="${name}"][value="${value}"])`);
}

function look(page: Page) {
  return page.evaluate(() => ({
    theme: document.documentElement.getAttribute('data-theme'),
    size: document.documentElement.getAttribute('data-size'),
    background: getComputedStyle(document.body).backgroundColor,
    bodySize: parseFloat(getComputedStyle(document.querySelector('.article__body')!).fontSize),
  }));
}

describe('关于我们 (an owner page with layout: page)', () => {
  test('reached from the nav; 深色 and 字号 apply at once and persist across a reload', async () => {
    const page = await session.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(session.site().url('/'));
    await page.click('.site-nav a:text-is("关于我们")');
    await page.waitForURL(session.site().url(about));
    expect(await page.textContent('h1.article__title')).toBe('关于我们');
    const before = await look(page);
    expect(before.theme).toBe('system');
    expect(before.size).toBe('normal');
    await choose(page, 'scheme', 'dark');
    await choose(page, 'size', 'large');
    const after = await look(page);
    expect(after).toMatchObject({ theme: 'dark', size: 'large', background: darkBg });
    expect(after.bodySize / before.bodySize).toBeCloseTo(1.15, 2);
    await page.reload();
    expect(await look(page)).toEqual(after);
    expect(
      await page.$$eval('.settings__radio:checked', (radios) =>
        radios.map(
          (radio) => `${(radio as HTMLInputElement).name}=${(radio as HTMLInputElement).value}`,
        ),
      ),
    ).toEqual(['scheme=dark', 'accent=red', 'size=large']);
  });
});

describe('关于我们 in search (search: true)', () => {
  test('found by its title, linked, and shown without a date', async () => {
    const page = await session.newPage();
    await page.goto(`${session.site().url('/search/')}?q=${encodeURIComponent('关于我们')}`);
    await page.waitForFunction(() =>
      /^(找到|没有找到|搜索索引加载失败)/.test(
        document.querySelector('.search-status')?.textContent ?? '',
      ),
    );
    const found = await page.$$eval('.search-result', (items) =>
      items.map((item) => ({
        title: item.querySelector('.search-result__title')?.textContent,
        href: item.querySelector('a')?.getAttribute('href'),
        dates: item.querySelectorAll('time').length,
      })),
    );
    expect(found).toEqual([{ title: '关于我们', href: session.site().url(about), dates: 0 }]);
  });
});
