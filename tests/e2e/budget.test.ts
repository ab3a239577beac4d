import { load } from 'cheerio';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSample, type BuiltSite } from './support/buildSample.js';

// Issue 5's weight budget, measured on the real build: every article page's HTML + CSS + JS is at
// most 30 KB gzip without images, its JS at most 5 KB gzip, nothing comes from another origin, and
// only the inline theme script and one stylesheet block rendering.

const kb = 1024;
let site: BuiltSite;
let articles: string[];

beforeAll(async () => {
  site = await buildSample();
  articles = htmlFiles(site.dir).filter((file) =>
    /<body[^>]*class="[^"]*\bpage-article\b/.test(readFileSync(file, 'utf8')),
  );
});

afterAll(async () => {
  await site?.remove();
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const gzipSize = (content: string | Buffer) => gzipSync(content).length;

/** What an article page costs, in gzip bytes, and what blocks its rendering. */
function weigh(file: string) {
  const html = readFileSync(file, 'utf8');
  const $ = load(html);
  const asset = (path: string) => readFileSync(join(site.dir, decodeURI(path)));
  const stylesheets = $('link[rel="stylesheet"]')
    .map((_, link) => $(link).attr('href') ?? '')
    .get();
  const scripts = $('script[src]')
    .map((_, script) => $(script).attr('src') ?? '')
    .get();
  const inlineScripts = $('script:not([src]):not([type="application/ld+json"])')
    .map((_, script) => $(script).html() ?? '')
    .get();
  const blockingScripts = $(
    'head script[src]:not([type="module"]):not([defer]):not([async])',
  ).length;
  return {
    html: gzipSize(html),
    css: stylesheets.reduce((sum, href) => sum + gzipSize(asset(href)), 0),
    js:
      scripts.reduce((sum, src) => sum + gzipSize(asset(src)), 0) +
      gzipSize(inlineScripts.join('\n')),
    stylesheets,
    scripts,
    inlineScripts: inlineScripts.length,
    blockingScripts,
    resources: [
      ...stylesheets,
      ...scripts,
      ...$('img[src]')
        .map((_, img) => $(img).attr('src') ?? '')
        .get(),
    ],
  };
}

describe('article page budget', () => {
  test('the sample site has articles to measure', () => {
    expect(articles.length).toBeGreaterThanOrEqual(5);
  });

  test('HTML + CSS + JS ≤ 30 KB gzip and JS ≤ 5 KB gzip on every article page', () => {
    const over = articles
      .map((file) => ({ file, ...weigh(file) }))
      .filter((page) => page.html + page.css + page.js > 30 * kb || page.js > 5 * kb)
      .map((page) => `${page.file}: html ${page.html}, css ${page.css}, js ${page.js} bytes gzip`);
    expect(over).toEqual([]);
  });

  test('only the inline theme script and one same-origin stylesheet block rendering', () => {
    for (const file of articles) {
      const page = weigh(file);
      expect(page.stylesheets, file).toHaveLength(1);
      expect(page.blockingScripts, file).toBe(0);
      expect(page.inlineScripts, file).toBe(1);
    }
  });

  test('no request leaves the site: every stylesheet, script and image is a site path', () => {
    for (const file of articles) {
      const foreign = weigh(file).resources.filter(
        (url) => !url.startsWith('/') || url.startsWith('//'),
      );
      expect(foreign, file).toEqual([]);
    }
  });
});
