import type { Page } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildSample } from './support/buildSample.js';
import { launchChromium } from './support/launchChromium.js';
import { usePageSession } from './support/pageSession.js';

// Search (/search/, issue 6) in real Chromium against the built sample site on 127.0.0.1.

const musk = '马斯克与 LeCun 再次隔空争论：AI 安全到底该由谁来监管';
const xai = 'xAI 发布新一代模型，声称在数学推理上超过同级产品';
const priceWar = '国产大模型价格战升级，百万 tokens 输入价格降到一元以下';
const hongmeng = '原生鸿蒙应用数量突破新关口，开发者工具链迎来更新';

const session = usePageSession({ timeoutMs: 10_000 });
const { newPage } = session;

/** Opens /search/?q=… and waits for the answer. */
async function search(page: Page, query: string): Promise<void> {
  await page.goto(`${session.site().url('/search/')}?q=${encodeURIComponent(query)}`);
  await finished(page);
}

async function finished(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    /^(找到|没有找到|搜索索引加载失败)/.test(
      document.querySelector('.search-status')?.textContent ?? '',
    ),
  );
}

/** What the reader sees: result titles in order, and the marked text of the first title. */
async function results(page: Page) {
  return page.evaluate(() => ({
    status: document.querySelector('.search-status')?.textContent ?? '',
    titles: [...document.querySelectorAll('.search-result__title')].map((h) => h.textContent),
    firstTitleMarks: [...document.querySelectorAll('.search-result:first-child h2 mark')].map(
      (mark) => mark.textContent,
    ),
    marks: [...document.querySelectorAll('.search-result mark')].map((mark) => mark.textContent),
  }));
}

describe('search on the sample site', () => {
  test('马斯克 finds the title match first, then the keyword match, and marks both', async () => {
    const page = await newPage();
    await search(page, '马斯克');
    const found = await results(page);
    expect(found.titles).toEqual([musk, xai]);
    expect(found.status).toBe('找到 2 篇与“马斯克”相关的文章');
    expect(found.firstTitleMarks).toEqual(['马斯克']);
    expect(
      await page.textContent('.search-result:nth-child(2) .search-result__keywords mark'),
    ).toBe('马斯克');
  });

  test('大模型 finds the title match before the keyword-only match', async () => {
    const page = await newPage();
    await search(page, '大模型');
    const found = await results(page);
    expect(found.titles).toEqual([priceWar, xai]);
    expect(found.firstTitleMarks).toEqual(['大模型']);
  });

  test('AI 安全 needs both terms and marks each', async () => {
    const page = await newPage();
    await search(page, 'AI 安全');
    const found = await results(page);
    expect(found.titles).toEqual([musk]);
    expect(found.firstTitleMarks).toEqual(['AI', '安全']);
  });

  test('a 2-character word (鸿蒙) and a 1-character one (鸿) find the article', async () => {
    const page = await newPage();
    await search(page, '鸿蒙');
    expect((await results(page)).titles).toEqual([hongmeng]);
    expect((await results(page)).firstTitleMarks).toEqual(['鸿蒙']);
    await search(page, '鸿');
    expect((await results(page)).titles).toEqual([hongmeng]);
  });

  test('xAI matches whole words in any case, marked as written', async () => {
    const page = await newPage();
    await search(page, 'xAI');
    const found = await results(page);
    expect(found.titles).toEqual([xai, musk]);
    expect(found.firstTitleMarks).toEqual(['xAI']);
    await search(page, 'XAI');
    expect((await results(page)).titles).toEqual([xai, musk]);
  });

  test('says so when nothing matches', async () => {
    const page = await newPage();
    await search(page, '特斯拉');
    const found = await results(page);
    expect(found.titles).toEqual([]);
    expect(found.status).toBe('没有找到与“特斯拉”相关的文章');
  });

  test('the form puts the query in the URL, back goes to the previous query, and results link to articles', async () => {
    const page = await newPage();
    await page.goto(session.site().url('/search/'));
    await page.fill('#search-input', '鸿蒙');
    await page.press('#search-input', 'Enter');
    await finished(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('鸿蒙');
    await page.fill('#search-input', '大模型');
    await page.click('.search-form__button');
    await page.waitForFunction(() => location.search.includes('q='));
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 2);
    await page.goBack();
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 1);
    expect(await page.inputValue('#search-input')).toBe('鸿蒙');
    await page.click('.search-result__title a');
    await page.waitForURL(/\/2024\/05\/10\/hongmeng-apps\/$/);
    expect(await page.textContent('h1')).toBe(hongmeng);
  });

  test('one query downloads at most 300 KB, all from the site itself', async () => {
    const page = await newPage();
    const origin = new URL(session.site().url('/')).origin;
    const requests: string[] = [];
    let bytes = 0;
    const sizes: Promise<void>[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('response', (response) =>
      sizes.push(
        response.body().then(
          (body) => void (bytes += body.length),
          () => undefined,
        ),
      ),
    );
    await search(page, '马斯克');
    await page.waitForLoadState('networkidle');
    await Promise.all(sizes);
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(requests.some((url) => /\/search\/t\d+\.[0-9a-f]{10}\.bin$/.test(url))).toBe(true);
    expect(bytes).toBeGreaterThan(10 * 1024);
    expect(bytes).toBeLessThanOrEqual(300 * 1024);
  });

  test('without JavaScript the page says search needs it, and the form still submits q', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(session.site().url('/search/'));
    expect(await page.isVisible('noscript p, .search-note')).toBe(true);
    expect(await page.textContent('body')).toContain('搜索需要启用 JavaScript');
    await page.fill('#search-input', '大模型');
    await page.press('#search-input', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('大模型');
  });
});

describe('search in the portable build (file://)', () => {
  test('shows a clear message instead of failing', async () => {
    const portable = await buildSample({ ZIXUN_PORTABLE: '1' });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${pathToFileURL(`${portable.dir}/search/index.html`).href}?q=马斯克`);
      await page.waitForFunction(() => document.querySelector('.search-status')?.textContent);
      expect(await page.textContent('.search-status')).toContain('本地浏览模式不支持搜索');
      expect(await page.isDisabled('#search-input')).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await portable.remove();
    }
  });
});
