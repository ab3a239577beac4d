import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../support/buildFixture.js';
import { absoluteUrlProblem } from './support/absoluteUrlProblem.js';
import { buildSites, type ValidatorSites } from './support/buildSites.js';
import { isRfc3339DateTime } from './support/isRfc3339DateTime.js';
import { isRfc822Date } from './support/isRfc822Date.js';
import { jingErrors } from './support/jingErrors.js';
import { listFiles } from './support/listFiles.js';
import { requireTool } from './support/requireTool.js';

// Atom is judged by jing against our RELAX NG schema of RFC 4287, plus the RFC's rules a grammar
// cannot express; RSS 2.0 and JSON Feed 1.1 have no official schema, so their required fields
// are asserted on the parsed feeds. Both builds: the sample site and the generated corpus.
const atomSchema = fileURLToPath(new URL('../schemas/atom.rnc', import.meta.url));
let sites: ValidatorSites;
let builds: [string, BuildResult][];

beforeAll(async () => {
  requireTool('jing', 'jing');
  sites = await buildSites();
  builds = [
    ['sample', sites.sample],
    ['corpus', sites.corpus],
  ];
}, 240_000);
afterAll(() => sites?.remove());

/** The site feed and every keyword feed of a build. */
function atomFeeds(build: BuildResult): string[] {
  return [join(build.outDir, 'feed.xml'), ...listFiles(join(build.outDir, 'tags'), 'feed.xml')];
}

/** The site URL a build writes into its feeds (home link of the site feed). */
function siteUrl(build: BuildResult): string {
  return load(build.read('/feed.xml'), { xml: true })('feed > link[rel="alternate"]').attr('href')!;
}

/** Every href, src and srcset URL in an HTML fragment that is not absolute and ASCII. */
function relativeLinks(html: string): string[] {
  const $ = load(html);
  const problems: string[] = [];
  $('[href], [src], [srcset]').each((_, element) => {
    for (const name of ['href', 'src', 'srcset']) {
      const value = $(element).attr(name);
      if (value === undefined) continue;
      const urls =
        name === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0]) : [value];
      for (const url of urls) {
        // mailto:, tel: and data: images are absolute in their own schemes.
        if (url !== undefined && /^(?:mailto|tel|data):/i.test(url)) continue;
        const problem = absoluteUrlProblem(url);
        if (problem !== undefined) problems.push(`${name}: ${problem}`);
      }
    }
  });
  return problems;
}

describe('Atom (RFC 4287)', () => {
  it('every Atom feed of both builds validates against tests/schemas/atom.rnc', async () => {
    const feeds = builds.flatMap(([, build]) => atomFeeds(build));
    // The two site feeds and every keyword feed: about 30 keywords in each site.
    expect(feeds.length).toBeGreaterThan(50);
    const errors = await jingErrors(atomSchema, feeds);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('the schema rejects feeds that break RFC 4287', async () => {
    const good = sites.sample.read('/feed.xml');
    const broken: Record<string, string> = {
      'no-feed-id': good.replace(/<id>[^<]*<\/id>/, ''),
      'no-offset': good.replace(/\+08:00<\/updated>/, '</updated>'),
      'unreal-date': good.replace(/<published>\d{4}-\d{2}-\d{2}/, '<published>2024-02-30'),
      'text-type': good.replace('<title type="text">', '<title type="markdown">'),
      'two-titles': good.replace('<entry>', '<entry>\n    <title>二</title>'),
      'link-without-href': good.replace(/<link rel="self"[^>]*\/>/, '<link rel="self"/>'),
      'relative-id': good.replace(/<entry>\n {4}<id>https:\/\/[^/]+/, '<entry>\n    <id>'),
      'category-without-term': good.replace(/<category term="[^"]*"\/>/, '<category/>'),
      'unknown-atom-element': good.replace('<entry>', '<entry>\n    <headline>x</headline>'),
      'author-without-name': good.replace(/<author><name>[^<]*<\/name><\/author>/, '<author/>'),
    };
    const dir = sites.scratch;
    const files = Object.entries(broken).map(([name, xml]) => {
      expect(xml, `the "${name}" edit changed nothing`).not.toBe(good);
      writeFileSync(join(dir, `${name}.xml`), xml);
      return join(dir, `${name}.xml`);
    });
    const errors = await jingErrors(atomSchema, files);
    for (const file of files) {
      expect(
        errors.some((line) => line.startsWith(`${file}:`)),
        `${file} passed`,
      ).toBe(true);
    }
  });

  it('meets the RFC rules the schema cannot express, with absolute ASCII URLs everywhere', () => {
    for (const [name, build] of builds) {
      for (const file of atomFeeds(build)) {
        const where = `${name} /${relative(build.outDir, file)}`;
        const $ = load(readFileSync(file, 'utf8'), { xml: true });
        const entries = $('feed > entry');
        // §4.1.1: a feed has an author unless every entry has one.
        const feedHasAuthor = $('feed > author > name').text().trim() !== '';
        entries.each((_, entry) => {
          const hasAuthor = $(entry).children('author').length > 0;
          expect(feedHasAuthor || hasAuthor, `${where}: an entry has no author`).toBe(true);
        });
        // §4.1.1: one alternate link per type and language; a self link is advised, and ours
        // is where the file is.
        expect(uniqueAlternates(attributes($('feed > link').toArray())), where).toBe(true);
        const self = $('feed > link[rel="self"]').attr('href');
        expect(absoluteUrlProblem(self), where).toBeUndefined();
        expect(decodeURI(new URL(self!).pathname), where).toBe(
          `/${relative(build.outDir, file).split('\\').join('/')}`,
        );
        // §4.2.6: ids are absolute IRIs, and unique among the entries of a feed.
        expect(absoluteUrlProblem($('feed > id').text()), where).toBeUndefined();
        const ids = entries.map((_, entry) => $(entry).children('id').text()).get();
        expect(new Set(ids).size, `${where}: duplicate entry ids`).toBe(ids.length);
        entries.each((_, entry) => {
          const $entry = $(entry);
          const id = $entry.children('id').text();
          expect(absoluteUrlProblem(id), `${where}: entry id`).toBeUndefined();
          // §4.1.2: without content, an entry needs an alternate link; with out-of-line
          // content (src), a summary.
          const alternate = $entry.children('link[rel="alternate"], link:not([rel])');
          if ($entry.children('content').length === 0) expect(alternate.length).toBeGreaterThan(0);
          if ($entry.children('content[src]').length > 0) {
            expect($entry.children('summary').length, `${where}: ${id}`).toBe(1);
          }
          expect(
            uniqueAlternates(attributes($entry.children('link').toArray())),
            `${where}: ${id}`,
          ).toBe(true);
          for (const link of $entry.children('link').toArray()) {
            expect(absoluteUrlProblem($(link).attr('href')), `${where}: ${id}`).toBeUndefined();
          }
          expect(relativeLinks($entry.children('content').text()), `${where}: ${id}`).toEqual([]);
          $entry.children('category').each((_, category) => {
            expect($(category).attr('term')?.trim(), `${where}: ${id}`).not.toBe('');
          });
        });
      }
    }
  });

  it('the site feed carries the newest `feed.items` articles (30 in the corpus)', () => {
    expect(atomEntries(sites.corpus)).toBe(30);
    expect(atomEntries(sites.sample)).toBeGreaterThan(0);
  });

  it('a keyword feed lists that keyword’s newest articles and points at its page', () => {
    for (const [name, build] of builds) {
      const $ = load(build.read('/tags/c-sharp/feed.xml'), { xml: true });
      const home = $('feed > link[rel="alternate"]').attr('href');
      expect(home, name).toBe(`${siteUrl(build)}tags/c-sharp/`);
      expect($('feed > entry').length, name).toBeGreaterThan(0);
      $('feed > entry').each((_, entry) => {
        const terms = $(entry)
          .children('category')
          .map((_, category) => $(category).attr('term'))
          .get();
        expect(terms, name).toContain('C#');
      });
    }
  });
});

describe('RSS 2.0', () => {
  it('has the required channel and item fields, unique guids and RFC 822 dates with offsets', () => {
    for (const [name, build] of builds) {
      const $ = load(build.read('/rss.xml'), { xml: true });
      expect($('rss').attr('version'), name).toBe('2.0');
      expect($('rss > channel').length, name).toBe(1);
      const channel = $('rss > channel');
      expect(channel.children('title').text().trim(), name).not.toBe('');
      expect(absoluteUrlProblem(channel.children('link').text()), name).toBeUndefined();
      expect(channel.children('description').text().trim(), name).not.toBe('');
      expect(isRfc822Date(channel.children('lastBuildDate').text()), name).toBe(true);
      const self = channel.children('atom\\:link[rel="self"]').attr('href');
      expect(self, name).toBe(`${siteUrl(build)}rss.xml`);
      const items = channel.children('item');
      expect(items.length, name).toBe(atomEntries(build));
      expect(items.length, name).toBeGreaterThan(0);
      const guids = new Set<string>();
      items.each((_, item) => {
        const $item = $(item);
        const guid = $item.children('guid');
        const where = `${name} ${guid.text()}`;
        const title = $item.children('title').text().trim();
        expect(title !== '' || $item.children('description').text().trim() !== '', where).toBe(
          true,
        );
        expect(guid.length, where).toBe(1);
        guids.add(guid.text());
        // isPermaLink defaults to true, and then the guid is the item's URL.
        if (guid.attr('isPermaLink') !== 'false') {
          expect(absoluteUrlProblem(guid.text()), where).toBeUndefined();
        }
        expect(absoluteUrlProblem($item.children('link').text()), where).toBeUndefined();
        const pubDate = $item.children('pubDate').text();
        expect(isRfc822Date(pubDate), `${where}: pubDate "${pubDate}"`).toBe(true);
        expect(relativeLinks($item.children('description').text()), where).toEqual([]);
        $item.children('category').each((_, category) => {
          expect($(category).text().trim(), where).not.toBe('');
        });
      });
      expect(guids.size, `${name}: duplicate guids`).toBe(items.length);
    }
  });
});

describe('JSON Feed 1.1', () => {
  it('has the required fields, unique ids, absolute URLs and RFC 3339 dates with offsets', () => {
    for (const [name, build] of builds) {
      const feed = JSON.parse(build.read('/feed.json')) as Record<string, unknown>;
      expect(feed['version'], name).toBe('https://jsonfeed.org/version/1.1');
      expect(typeof feed['title'] === 'string' && feed['title'].trim() !== '', name).toBe(true);
      expect(feed['home_page_url'], name).toBe(siteUrl(build));
      expect(feed['feed_url'], name).toBe(`${siteUrl(build)}feed.json`);
      // 1.1 replaced the single author object with an authors array.
      expect(feed['author'], name).toBeUndefined();
      const items = feed['items'] as Record<string, unknown>[];
      expect(Array.isArray(items), name).toBe(true);
      expect(items.length, name).toBe(atomEntries(build));
      expect(items.length, name).toBeGreaterThan(0);
      const ids = new Set<string>();
      for (const item of items) {
        const id = item['id'];
        const where = `${name} ${String(id)}`;
        expect(typeof id === 'string' && id !== '', where).toBe(true);
        ids.add(id as string);
        expect(absoluteUrlProblem(item['url'] as string), where).toBeUndefined();
        const html = item['content_html'];
        const text = item['content_text'];
        expect(typeof html === 'string' || typeof text === 'string', where).toBe(true);
        if (typeof html === 'string') expect(relativeLinks(html), where).toEqual([]);
        expect(isRfc3339DateTime(String(item['date_published'])), where).toBe(true);
        if (item['date_modified'] !== undefined) {
          expect(isRfc3339DateTime(String(item['date_modified'] as string)), where).toBe(true);
        }
        if (item['image'] !== undefined) {
          expect(absoluteUrlProblem(item['image'] as string), where).toBeUndefined();
        }
        for (const tag of (item['tags'] as unknown[] | undefined) ?? []) {
          expect(typeof tag === 'string' && tag.trim() !== '', where).toBe(true);
        }
        for (const author of (item['authors'] as Record<string, unknown>[] | undefined) ?? []) {
          expect(typeof author['name'] === 'string' && author['name'] !== '', where).toBe(true);
        }
      }
      expect(ids.size, `${name}: duplicate ids`).toBe(items.length);
    }
  });
});

/** How many entries the site's Atom feed has: RSS and JSON Feed list the same articles. */
function atomEntries(build: BuildResult): number {
  return load(build.read('/feed.xml'), { xml: true })('feed > entry').length;
}

function attributes(elements: readonly { attribs: Record<string, string> }[]) {
  return elements.map((element) => element.attribs);
}

// RFC 4287 §4.1.1 and §4.1.2: no two alternate links share both type and hreflang.
function uniqueAlternates(links: readonly Record<string, string | undefined>[]): boolean {
  const seen = new Set<string>();
  for (const link of links) {
    if ((link['rel'] ?? 'alternate') !== 'alternate') continue;
    const key = `${link['type'] ?? ''} ${link['hreflang'] ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}
