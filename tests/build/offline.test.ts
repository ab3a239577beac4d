import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ServiceWorkerConfig } from '../../src/offline/serviceWorkerConfig.js';
import {
  copyFixture,
  fixture,
  makeSite,
  runBuild,
  type BuildResult,
} from '../support/buildFixture.js';

// Issue 6: what a build writes for offline reading and deploying. The worker itself is tested in
// Chromium (tests/e2e/offline.test.ts); the dev server's choice in tests/unit/offline/offlineMode.

const sample = fixture('../../../content');

/** The config a build wrote at the top of sw.js. */
function serviceWorkerConfig(build: BuildResult): ServiceWorkerConfig {
  const first = build.read('/sw.js').split('\n', 1)[0] ?? '';
  const json = /^const ZIXUN = (.*);$/.exec(first)?.[1];
  expect(json, 'sw.js starts with const ZIXUN = {…};').toBeDefined();
  return JSON.parse(json ?? '{}') as ServiceWorkerConfig;
}

/** Width and height from a PNG's IHDR. */
function pngSize(file: Buffer): [number, number] {
  expect(file.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [file.readUInt32BE(16), file.readUInt32BE(20)];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

const article = (title: string, date: string) =>
  `---\ntitle: ${title}\ndate: ${date}\nsource: 测试来源\nkeywords: [测试]\n---\n\n${title}的正文。\n`;

describe('a production build', () => {
  let build: BuildResult;
  beforeAll(async () => {
    build = await runBuild(sample);
    expect(build.code, build.output).toBe(0);
  });

  it('writes sw.js with a version and a precache of the shell and every asset', () => {
    const config = serviceWorkerConfig(build);
    expect(config.version).toMatch(/^[0-9a-f]{12}$/);
    const assets = readdirSync(join(build.outDir, 'assets')).map((name) => `/assets/${name}`);
    expect(config.shell).toEqual(
      expect.arrayContaining(['/', '/tags/', '/saved/', '/offline/', '/manifest.webmanifest']),
    );
    expect(config.shell.filter((path) => path.startsWith('/assets/')).sort()).toEqual(
      assets.sort(),
    );
    expect(config).toMatchObject({
      offlinePage: '/offline/',
      maxVisited: 200,
      networkTimeout: 3000,
    });
    // The worker's own code follows its config, with nothing left to import.
    expect(build.read('/sw.js')).toContain("addEventListener('fetch'");
    expect(build.read('/sw.js')).not.toMatch(/^\s*(import|export)\b/m);
  });

  it('precaches every article of the sample (fewer than 30), newest first, percent-encoded', () => {
    const { articles } = serviceWorkerConfig(build);
    expect(articles).toHaveLength(10);
    expect(articles[0]).toBe('/2024/06/03/offline-reading/');
    expect(articles).toContain(encodeURI('/2024/05/28/马斯克与lecun/'));
    for (const path of articles) {
      expect(build.read(`${decodeURI(path)}index.html`)).toContain('class="page-article"');
    }
  });

  it('writes the manifest, linked from every page, with 192 and 512 PNG icons and one maskable', () => {
    const manifest = JSON.parse(build.read('/manifest.webmanifest')) as {
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    } & Record<string, unknown>;
    expect(manifest).toMatchObject({
      name: '资讯',
      short_name: '资讯',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#c81e1e',
    });
    expect(manifest.icons.map((icon) => [icon.sizes, icon.purpose])).toEqual([
      ['192x192', 'any'],
      ['512x512', 'any'],
      ['512x512', 'maskable'],
    ]);
    for (const icon of manifest.icons) {
      const size = Number(icon.sizes.split('x')[0]);
      expect(pngSize(readFileSync(join(build.outDir, icon.src)))).toEqual([size, size]);
    }
    for (const file of htmlFiles(build.outDir)) {
      expect(build.page(`/${file}`)('link[rel="manifest"]').attr('href'), file).toBe(
        '/manifest.webmanifest',
      );
    }
  });

  it('registers the worker from every page with a classic deferred script, no inline handler', () => {
    const $ = build.page('/index.html');
    const script = $('script[data-sw]');
    expect(script.attr('data-sw')).toBe('/sw.js');
    expect(script.attr('data-scope')).toBe('/');
    expect(script.attr('defer')).toBeDefined();
    expect(script.attr('src')).toMatch(/^\/assets\/offline\.[0-9a-f]{10}\.js$/);
    expect(build.read('/index.html')).not.toMatch(/\son[a-z]+=/);
  });

  it('puts a hidden 保存离线 toggle on every article, carrying its title, date and source', () => {
    const $ = build.page('/2024/05/28/马斯克与lecun/index.html');
    expect($('.offline-tools').attr('hidden')).toBeDefined();
    const button = $('.offline-tools .save-button');
    expect(button.attr('aria-pressed')).toBe('false');
    expect(button.text()).toBe('保存离线');
    expect(JSON.parse(button.attr('data-save') ?? '')).toEqual({
      title: $('h1').text(),
      date: '2024/5/28 6:30:01',
      source: '虚构科技评论',
    });
    expect($('.offline-tools a').attr('href')).toBe('/saved/');
  });

  it('writes the 已保存 and offline pages, which are not indexed and link to each other', () => {
    const saved = build.page('/saved/index.html');
    expect(saved('h1').text()).toBe('已保存');
    expect(saved('meta[name="robots"]').attr('content')).toBe('noindex');
    expect(saved('script[src*="/assets/saved."]').attr('data-scope')).toBe('/');
    expect(saved('.saved-status').text()).toContain('JavaScript');
    const offline = build.page('/offline/index.html');
    expect(offline('main a[href="/saved/"]').length).toBe(1);
    expect(offline('meta[name="robots"]').attr('content')).toBe('noindex');
    expect(build.read('/sitemap.xml')).not.toMatch(/\/(saved|offline)\//);
  });

  it('links 已保存 from the footer of every page', () => {
    for (const file of htmlFiles(build.outDir)) {
      const link = build.page(`/${file}`)('footer .site-footer__saved a');
      expect([link.attr('href'), link.text()], file).toEqual(['/saved/', '已保存的文章']);
    }
  });

  it('writes _headers and _redirects for Cloudflare Pages and Netlify', () => {
    const headers = build.read('/_headers');
    expect(headers).toContain('/assets/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(headers).toContain('/sw.js\n  Cache-Control: no-cache');
    expect(build.read('/_redirects')).toContain('/atom.xml /feed.xml 301');
    expect(build.read('/404.html')).toContain('页面未找到');
  });
});

describe('the icon cache (ZIXUN_CACHE_DIR)', () => {
  /** The manifest's icons of a build, by src, as bytes. */
  function icons(build: BuildResult): Buffer[] {
    const manifest = JSON.parse(build.read('/manifest.webmanifest')) as {
      icons: { src: string }[];
    };
    return manifest.icons.map((icon) => readFileSync(join(build.outDir, icon.src)));
  }

  it('stores the drawn icons, reads them back, and draws a damaged one again', async () => {
    const site = makeSite({ 'a.md': article('图标缓存', '2024-05-28 14:30') });
    const cache = mkdtempSync(join(tmpdir(), 'zixun-cache-'));
    const env = { ZIXUN_CACHE_DIR: cache };
    const drawn = await runBuild(site, undefined, env);
    expect(drawn.code, drawn.output).toBe(0);
    const entries = readdirSync(join(cache, 'icons')).sort();
    expect(entries).toHaveLength(3);

    // An entry with other valid bytes is served as it is: the build read it rather than drawing.
    const planted = Buffer.from('planted bytes');
    const [first = '', second = ''] = entries;
    const entry = (bytes: Buffer) =>
      Buffer.concat([createHash('sha256').update(bytes).digest(), bytes]);
    writeFileSync(join(cache, 'icons', first), entry(planted));
    writeFileSync(join(cache, 'icons', second), 'damaged');
    const cached = await runBuild(site, undefined, env);
    expect(cached.code, cached.output).toBe(0);
    const served = icons(cached);
    expect(served.filter((bytes) => bytes.equals(planted))).toHaveLength(1);
    expect(served.filter((bytes) => icons(drawn).some((icon) => icon.equals(bytes)))).toHaveLength(
      2,
    );
    // The damaged entry was drawn again and stored whole.
    expect(readFileSync(join(cache, 'icons', second)).length).toBeGreaterThan(100);
  });
});

describe('the cache version', () => {
  it('is the same for the same content and changes when an article changes', async () => {
    const site = makeSite({
      'a.md': article('第一篇', '2024-05-01 08:00'),
      'b.md': article('第二篇', '2024-05-02 08:00'),
    });
    const first = await runBuild(site);
    const again = await runBuild(site);
    expect(first.code, first.output).toBe(0);
    expect(again.read('/sw.js')).toBe(first.read('/sw.js'));
    writeFileSync(join(site, 'articles/a.md'), article('第一篇（更新）', '2024-05-01 08:00'));
    const changed = await runBuild(site);
    expect(serviceWorkerConfig(changed).version).not.toBe(serviceWorkerConfig(first).version);
  });

  it('precaches only the newest offline.precacheArticles articles', async () => {
    const site = makeSite(
      {
        'a.md': article('一', '2024-05-01 08:00'),
        'b.md': article('二', '2024-05-03 08:00'),
        'c.md': article('三', '2024-05-02 08:00'),
      },
      { offline: { precacheArticles: 2, maxVisited: 50 } },
    );
    const build = await runBuild(site);
    expect(build.code, build.output).toBe(0);
    const config = serviceWorkerConfig(build);
    expect(config.articles).toEqual(['/2024/05/03/b/', '/2024/05/02/c/']);
    expect(config.maxVisited).toBe(50);
  });
});

describe('a build under a sub-path (ZIXUN_BASE_PATH=/news/)', () => {
  let build: BuildResult;
  beforeAll(async () => {
    build = await runBuild(sample, undefined, { ZIXUN_BASE_PATH: '/news/' });
    expect(build.code, build.output).toBe(0);
  });

  it('scopes the worker, its precache, the manifest and the icons to /news/', () => {
    const config = serviceWorkerConfig(build);
    expect([...config.shell, ...config.articles].every((path) => path.startsWith('/news/'))).toBe(
      true,
    );
    expect(config.shell).toContain('/news/');
    expect(config.articles[0]).toBe('/news/2024/06/03/offline-reading/');
    expect(config.offlinePage).toBe('/news/offline/');
    const script = build.page('/index.html')('script[data-sw]');
    expect([script.attr('data-sw'), script.attr('data-scope')]).toEqual(['/news/sw.js', '/news/']);
    const manifest = JSON.parse(build.read('/manifest.webmanifest')) as {
      start_url: string;
      scope: string;
      id: string;
      icons: { src: string }[];
    };
    expect([manifest.start_url, manifest.scope, manifest.id]).toEqual([
      '/news/',
      '/news/',
      '/news/',
    ]);
    expect(manifest.icons.every((icon) => icon.src.startsWith('/news/assets/'))).toBe(true);
    expect(build.page('/index.html')('link[rel="manifest"]').attr('href')).toBe(
      '/news/manifest.webmanifest',
    );
  });

  it('links 已保存 under /news/ from the footer', () => {
    for (const path of ['/index.html', '/2024/05/28/马斯克与lecun/index.html']) {
      expect(build.page(path)('footer .site-footer__saved a').attr('href'), path).toBe(
        '/news/saved/',
      );
    }
  });

  it('writes host rules for the sub-path, serving the site there', () => {
    expect(build.read('/_headers')).toContain('/news/assets/*\n');
    expect(build.read('/_redirects')).toContain('/news/* /:splat 200');
  });
});

describe('the portable build (ZIXUN_PORTABLE=1)', () => {
  let build: BuildResult;
  beforeAll(async () => {
    build = await runBuild(sample, undefined, { ZIXUN_PORTABLE: '1' });
    expect(build.code, build.output).toBe(0);
  });

  it('has no worker, manifest, save button, offline pages or host files', () => {
    const files = readdirSync(build.outDir, { recursive: true, encoding: 'utf8' });
    for (const name of ['sw.js', 'manifest.webmanifest', '_headers', '_redirects']) {
      expect(files).not.toContain(name);
    }
    expect(files.filter((file) => /^(saved|offline)\//.test(file))).toEqual([]);
    for (const file of htmlFiles(build.outDir)) {
      const $ = build.page(`/${file}`);
      expect($('script[data-sw], link[rel="manifest"], .save-button').length, file).toBe(0);
    }
  });

  it('links 已保存 nowhere, since no worker could serve it from disk', () => {
    for (const file of htmlFiles(build.outDir)) {
      expect(build.page(`/${file}`)('a[href*="saved"]').length, file).toBe(0);
    }
  });
});

describe('the kill switch (offline.enabled: false)', () => {
  let build: BuildResult;
  beforeAll(async () => {
    const site = copyFixture('../../../content');
    const settingsFile = join(site, '_data/site.json');
    const settings = JSON.parse(readFileSync(settingsFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(settingsFile, JSON.stringify({ ...settings, offline: { enabled: false } }));
    build = await runBuild(site);
    expect(build.code, build.output).toBe(0);
  });

  it('ships a sw.js that clears its caches and unregisters itself', () => {
    const sw = build.read('/sw.js');
    expect(sw).not.toContain('ZIXUN');
    expect(sw).toContain('skipWaiting()');
    expect(sw).toContain('caches.delete(name)');
    expect(sw).toContain('registration.unregister()');
  });

  it('registers nothing and offers no save button, but stays installable', () => {
    const $ = build.page('/2024/05/28/马斯克与lecun/index.html');
    expect($('script[data-sw]').length).toBe(0);
    expect($('.save-button').length).toBe(0);
    expect($('link[rel="manifest"]').attr('href')).toBe('/manifest.webmanifest');
    expect(readdirSync(build.outDir)).not.toContain('saved');
  });

  it('links 已保存 nowhere, since the page is not built', () => {
    for (const file of htmlFiles(build.outDir)) {
      expect(build.page(`/${file}`)('a[href*="saved"]').length, file).toBe(0);
    }
  });
});
