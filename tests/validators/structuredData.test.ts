import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../support/buildFixture.js';
import { absoluteUrlProblem } from './support/absoluteUrlProblem.js';
import { buildSites, type ValidatorSites } from './support/buildSites.js';
import { isRfc3339DateTime } from './support/isRfc3339DateTime.js';
import { listFiles } from './support/listFiles.js';

// JSON-LD as Google reads it for articles (https://developers.google.com/search/docs/appearance/structured-data/article):
// Google requires no property but recommends headline, image, datePublished and dateModified
// with a time zone, and author with a name; it dropped its 110-character headline limit, so
// headlines are only checked to be the page's title. schema.org adds @context, @type,
// publisher and mainEntityOfPage, which this test also requires.
type Json = Record<string, unknown>;
interface Page {
  where: string;
  $: CheerioAPI;
  data: Json[];
}
let sites: ValidatorSites;
let pages: Page[];

beforeAll(async () => {
  sites = await buildSites();
  pages = [...readPages('sample', sites.sample), ...readPages('corpus', sites.corpus)];
}, 240_000);
afterAll(() => sites?.remove());

/** Every HTML page of a build with its JSON-LD blocks parsed; a block that is not JSON throws, naming the page. */
function readPages(name: string, build: BuildResult): Page[] {
  return listFiles(build.outDir, '.html').map((file) => {
    const where = `${name} /${relative(build.outDir, file)}`;
    const $ = load(readFileSync(file, 'utf8'));
    const data = $('script[type="application/ld+json"]')
      .toArray()
      .map((script) => {
        try {
          return JSON.parse($(script).html() ?? '') as Json;
        } catch (error) {
          throw new Error(`[zixun test] ${where}: JSON-LD does not parse: ${String(error)}`, {
            cause: error,
          });
        }
      });
    return { where, $, data };
  });
}

const articlePages = () => pages.filter((page) => page.$('body').hasClass('page-article'));

describe('structured data', () => {
  it('every JSON-LD block on every page parses and names schema.org', () => {
    expect(pages.length).toBeGreaterThan(sites.corpusArticles);
    for (const { where, data } of pages) {
      for (const block of data) {
        expect(block['@context'], where).toBe('https://schema.org');
        expect(typeof block['@type'], where).toBe('string');
      }
    }
  });

  it('every article page has one NewsArticle with the fields Google and schema.org ask for', () => {
    const articles = articlePages();
    expect(articles.length).toBe(sites.sampleArticles + sites.corpusArticles);
    for (const { where, $, data } of articles) {
      const news = data.filter((block) => block['@type'] === 'NewsArticle');
      expect(news.length, where).toBe(1);
      const article = news[0]!;
      const canonical = $('link[rel="canonical"]').attr('href');

      expect(article['headline'], where).toBe($('h1.article__title').text());
      expect(String(article['headline']).trim(), where).not.toBe('');
      expect(
        typeof article['description'] === 'string' && article['description'] !== '',
        where,
      ).toBe(true);

      const published = String(article['datePublished']);
      const modified = String(article['dateModified']);
      expect(isRfc3339DateTime(published), `${where}: datePublished ${published}`).toBe(true);
      expect(isRfc3339DateTime(modified), `${where}: dateModified ${modified}`).toBe(true);
      expect(published, where).toBe($('time.meta__date').attr('datetime'));
      expect(Date.parse(modified), where).toBeGreaterThanOrEqual(Date.parse(published));

      const authors = [article['author']].flat() as Json[];
      expect(authors.length, where).toBeGreaterThan(0);
      for (const author of authors) {
        expect(['Person', 'Organization'], where).toContain(author['@type']);
        expect(typeof author['name'] === 'string' && author['name'].trim() !== '', where).toBe(
          true,
        );
      }
      const publisher = article['publisher'] as Json;
      expect(publisher['@type'], where).toBe('Organization');
      expect(String(publisher['name']).trim(), where).not.toBe('');
      expect(absoluteUrlProblem(publisher['url'] as string), where).toBeUndefined();

      expect(article['mainEntityOfPage'], where).toEqual({ '@type': 'WebPage', '@id': canonical });
      expect(article['url'], where).toBe(canonical);
      expect(absoluteUrlProblem(canonical), where).toBeUndefined();
      if (article['isBasedOn'] !== undefined) {
        expect(absoluteUrlProblem(article['isBasedOn'] as string), where).toBeUndefined();
      }

      // The lead image, absolute, when the article has one; nothing made up when it has none.
      const lead = $('.article__lead img').attr('src');
      if (lead === undefined) {
        expect(article['image'], where).toBeUndefined();
      } else {
        const images = [article['image']].flat() as string[];
        expect(images.length, where).toBeGreaterThan(0);
        for (const image of images) expect(absoluteUrlProblem(image), where).toBeUndefined();
        expect(images[0], where).toBe(new URL(lead, canonical).href);
      }
    }
  });

  it('the corpus exercises every branch: lead images, articles without author, updates', () => {
    const corpus = articlePages().filter((page) => page.where.startsWith('corpus'));
    const newsOf = (page: Page) => page.data.find((block) => block['@type'] === 'NewsArticle')!;
    const withImage = corpus.filter((page) => newsOf(page)['image'] !== undefined);
    expect(withImage.length).toBeGreaterThan(80);
    const organisations = corpus.filter(
      (page) => ([newsOf(page)['author']].flat() as Json[])[0]?.['@type'] === 'Organization',
    );
    expect(organisations.length).toBeGreaterThan(10);
    const updated = corpus.filter(
      (page) => newsOf(page)['dateModified'] !== newsOf(page)['datePublished'],
    );
    expect(updated.length).toBeGreaterThan(80);
  });

  it('the home page describes the WebSite, and no other page repeats it', () => {
    for (const build of ['sample', 'corpus']) {
      const home = pages.find((page) => page.where === `${build} /index.html`)!;
      const websites = home.data.filter((block) => block['@type'] === 'WebSite');
      expect(websites.length, build).toBe(1);
      const website = websites[0]!;
      expect(String(website['name']).trim(), build).not.toBe('');
      expect(website['url'], build).toBe(home.$('link[rel="canonical"]').attr('href'));
      expect(absoluteUrlProblem(website['url'] as string), build).toBeUndefined();
    }
    const others = pages.filter((page) => !/^\w+ \/index\.html$/.test(page.where));
    const repeats = others.filter((page) =>
      page.data.some((block) => block['@type'] === 'WebSite'),
    );
    expect(repeats.map((page) => page.where)).toEqual([]);
  });
});
