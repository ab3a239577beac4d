import { readdirSync } from 'node:fs';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, runBuild, type BuildResult } from '../support/buildFixture.js';
import { checkInternalLinks } from '../support/checkInternalLinks.js';

const sample = fixture('../../../content');

/** Every href/src value on every HTML page of a build. */
function allLinks(build: BuildResult): string[] {
  const links: string[] = [];
  for (const file of readdirSync(build.outDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const $ = build.page(`/${file}`);
    $('[href], [src]').each((_, el) => {
      links.push($(el).attr('href') ?? $(el).attr('src') ?? '');
    });
  }
  return links;
}

describe('the site under a sub-path (ZIXUN_BASE_PATH=/news/)', () => {
  let build: BuildResult;
  beforeAll(async () => {
    build = await runBuild(sample, undefined, { ZIXUN_BASE_PATH: '/news/' });
    expect(build.code, build.output).toBe(0);
  });

  it('prefixes every internal link, stylesheet and script with the base path', () => {
    const internal = allLinks(build).filter((link) => link.startsWith('/'));
    expect(internal.length).toBeGreaterThan(100);
    expect(internal.filter((link) => !link.startsWith('/news/'))).toEqual([]);
    expect(checkInternalLinks(build.outDir, { basePath: '/news/' })).toEqual([]);
  });

  it('sends the header search box to /news/search/', () => {
    const $ = build.page('/2024/05/28/马斯克与lecun/index.html');
    expect($('header form.site-search').attr('action')).toBe('/news/search/');
    expect($('header form.site-search input').attr('name')).toBe('q');
  });

  it('puts the base path into canonical URLs, feeds and the sitemap', () => {
    expect(build.page('/index.html')('link[rel="canonical"]').attr('href')).toBe(
      'https://zixun.example.com/news/',
    );
    const feed = load(build.read('/feed.xml'), { xml: true });
    expect(feed('feed > link[rel="self"]').attr('href')).toBe(
      'https://zixun.example.com/news/feed.xml',
    );
    expect(feed('entry > id').first().text()).toMatch(
      /^https:\/\/zixun\.example\.com\/news\/2024\//,
    );
    const sitemap = load(build.read('/sitemap.xml'), { xml: true });
    const locs = sitemap('loc')
      .map((_, l) => sitemap(l).text())
      .get();
    expect(locs.every((loc) => loc.startsWith('https://zixun.example.com/news/'))).toBe(true);
    expect(build.read('/robots.txt')).toContain(
      'Sitemap: https://zixun.example.com/news/sitemap.xml',
    );
  });
});

describe('the portable build (ZIXUN_PORTABLE=1) for reading from disk', () => {
  let build: BuildResult;
  beforeAll(async () => {
    build = await runBuild(sample, undefined, { ZIXUN_PORTABLE: '1' });
    expect(build.code, build.output).toBe(0);
  });

  it('makes every internal link relative and names index.html', () => {
    const links = allLinks(build).filter((link) => !/^(https?:|data:|#|mailto:)/.test(link));
    expect(links.length).toBeGreaterThan(100);
    expect(links.filter((link) => link.startsWith('/'))).toEqual([]);
    expect(links.filter((link) => !/\.(html|css|js|svg|png|xml|json)(#.*)?$/.test(link))).toEqual(
      [],
    );
    expect(checkInternalLinks(build.outDir)).toEqual([]);
  });

  it('sends the header search box to the search page file, which says search needs a server', () => {
    const $ = build.page('/2024/05/28/马斯克与lecun/index.html');
    expect($('header form.site-search').attr('action')).toBe('../../../../search/index.html');
  });

  it('keeps feeds and the sitemap absolute', () => {
    const feed = load(build.read('/feed.xml'), { xml: true });
    expect(feed('entry > id').first().text()).toMatch(/^https:\/\/zixun\.example\.com\/2024\//);
  });
});
