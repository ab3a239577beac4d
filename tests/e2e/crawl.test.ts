import { load } from 'cheerio';
import type { Browser } from 'playwright-core';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSample, type BuiltSite } from './support/buildSample.js';
import { launchChromium } from './support/launchChromium.js';
import { serveStatic, type StaticServer } from './support/serveStatic.js';

// Issue 6: the portable build is browsed from disk link by link in Chromium, and the sub-path
// build is crawled over HTTP under /news/. Both use the sample site with small page sizes, so
// home, keyword and archive pagination are on the way.

let content: string;
let browser: Browser;

beforeAll(async () => {
  content = mkdtempSync(join(tmpdir(), 'zixun-crawl-content-'));
  cpSync('content', content, { recursive: true });
  const file = join(content, '_data/site.json');
  const settings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(
    file,
    JSON.stringify({ ...settings, pageSize: { home: 3, keyword: 2, archive: 3 } }),
  );
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  rmSync(content, { recursive: true, force: true });
});

describe('the portable build, opened from disk', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSample({ ZIXUN_PORTABLE: '1' }, { input: content });
  });
  afterAll(async () => {
    await site?.remove();
  });

  test('following links from index.html reaches every page; each link is a file and each page opens without errors', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    // The home page, plus the entry points the sample's navigation does not link (a site adds
    // 归档 and 搜索 to `nav` when it wants them there).
    const queue = ['index.html', 'archive/index.html', 'search/index.html']
      .filter((path) => existsSync(join(site.dir, path)))
      .map((path) => pathToFileURL(join(site.dir, path)).href);
    const seen = new Set(queue);
    const broken: string[] = [];
    try {
      while (queue.length > 0) {
        const from = queue.shift() as string;
        await page.goto(from);
        // Resolved by the browser, as a reader's click would be.
        const links = await page.evaluate(() =>
          [
            ...[...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href),
            ...[...document.querySelectorAll<HTMLLinkElement>('link[href]')].map((l) => l.href),
            ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src),
            ...[...document.querySelectorAll<HTMLImageElement>('img[src]')].map((i) => i.src),
          ].filter((href) => href.startsWith('file:')),
        );
        for (const link of links) {
          const target = fileURLToPath(link.replace(/#.*$/, ''));
          const isFile = existsSync(target) && statSync(target).isFile();
          if (!isFile) broken.push(`${relative(site.dir, fileURLToPath(from))} → ${link}`);
          const next = link.replace(/#.*$/, '');
          if (isFile && next.endsWith('.html') && !seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
    } finally {
      await context.close();
    }
    const visited = [...seen].map((href) => relative(site.dir, fileURLToPath(href)));
    expect(broken).toEqual([]);
    expect(errors).toEqual([]);
    // Chinese paths and every kind of pagination were on the way.
    const expected = [
      '2024/05/28/马斯克与lecun/index.html',
      'tags/人工智能/index.html',
      'tags/人工智能/2/index.html',
      'page/2/index.html',
      'archive/2024/05/page/2/index.html',
      'tags/index.html',
    ];
    const all = readdirSync(site.dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.html'),
    );
    expect(all.filter((path) => !visited.includes(path))).toEqual(['404.html']);
    expect(expected.filter((path) => !visited.includes(path))).toEqual([]);

    // Nothing of the worker is in a portable build, and nothing links to it.
    expect(existsSync(join(site.dir, 'sw.js'))).toBe(false);
    expect(visited.filter((path) => /^(saved|offline)\//.test(path))).toEqual([]);
  });
});

describe('the sub-path build, served under /news/', () => {
  let site: BuiltSite;
  let server: StaticServer;
  beforeAll(async () => {
    site = await buildSample({ ZIXUN_BASE_PATH: '/news/' }, { input: content });
    server = await serveStatic(site.dir, { prefix: '/news/' });
  });
  afterAll(async () => {
    await server?.close();
    await site?.remove();
  });

  test('every internal link, stylesheet, script, image and icon answers 200', async () => {
    const start = `${server.origin}/news/`;
    // Entry points no page links: the archive and search (sites add them to `nav`) and the
    // offline page, which the worker shows in place of an unreachable page.
    const queue = ['', 'archive/', 'search/', 'offline/']
      .filter((path) => existsSync(join(site.dir, path, 'index.html')))
      .map((path) => new URL(encodeURI(path), start).href);
    const seen = new Set(queue);
    const checked = new Map<string, number>();
    const broken: string[] = [];
    const status = async (target: string) => {
      if (!checked.has(target)) checked.set(target, (await fetch(target)).status);
      return checked.get(target);
    };
    while (queue.length > 0) {
      const from = queue.shift() as string;
      const response = await fetch(from);
      if (response.status !== 200) {
        broken.push(`${from} → ${response.status}`);
        continue;
      }
      const $ = load(await response.text());
      const links = [
        ...$('a[href], link[href]')
          .map((_, el) => $(el).attr('href') ?? '')
          .get(),
        ...$('script[src], img[src]')
          .map((_, el) => $(el).attr('src') ?? '')
          .get(),
        ...$('script[data-sw]')
          .map((_, el) => $(el).attr('data-sw') ?? '')
          .get(),
      ];
      for (const link of links) {
        const target = new URL(link, from);
        if (target.origin !== server.origin) continue;
        target.hash = '';
        const code = await status(target.href);
        if (code !== 200) broken.push(`${from}: ${link} → ${code}`);
        const isPage = target.pathname.endsWith('/') || target.pathname.endsWith('.html');
        if (code === 200 && isPage && !seen.has(target.href)) {
          seen.add(target.href);
          queue.push(target.href);
        }
      }
    }
    expect(broken).toEqual([]);
    const paths = [...seen].map((href) => decodeURI(new URL(href).pathname));
    expect(paths.every((path) => path.startsWith('/news/'))).toBe(true);
    const pages = readdirSync(site.dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html') && file !== '404.html')
      .map((file) => `/news/${file.replace(/index\.html$/, '')}`);
    expect(pages.filter((path) => !paths.includes(path))).toEqual([]);
    expect(paths).toEqual(
      expect.arrayContaining(['/news/tags/人工智能/2/', '/news/page/2/', '/news/saved/']),
    );
    // The manifest's icons and start URL follow the base path too.
    const manifest = (await (await fetch(`${start}manifest.webmanifest`)).json()) as {
      start_url: string;
      icons: { src: string }[];
    };
    expect(manifest.start_url).toBe('/news/');
    for (const icon of manifest.icons) {
      expect(await status(new URL(icon.src, start).href), icon.src).toBe(200);
    }
  });
});
