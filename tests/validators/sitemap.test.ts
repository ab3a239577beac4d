import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../support/buildFixture.js';
import { absoluteUrlProblem } from './support/absoluteUrlProblem.js';
import { buildSites, type ValidatorSites } from './support/buildSites.js';
import { listFiles } from './support/listFiles.js';
import { requireTool } from './support/requireTool.js';
import { xmllintErrors } from './support/xmllintErrors.js';

// xmllint judges the sitemaps against our XSDs of the sitemaps.org protocol: the sample site's
// single <urlset>, and the corpus built with 50 URLs per file, which splits it into a
// <sitemapindex> and its children.
const schemas = fileURLToPath(new URL('../schemas/', import.meta.url));
const urlsetSchema = join(schemas, 'sitemap.xsd');
const indexSchema = join(schemas, 'sitemapIndex.xsd');
const perFile = 50;
let sites: ValidatorSites;

beforeAll(async () => {
  requireTool('xmllint', 'libxml2-utils');
  sites = await buildSites({ sitemap: { maxUrlsPerFile: perFile } });
}, 240_000);
afterAll(() => sites?.remove());

/** The child sitemaps of a split build: sitemap-1.xml, sitemap-2.xml, … */
function childSitemaps(build: BuildResult): string[] {
  return listFiles(build.outDir, '.xml').filter((file) => /\/sitemap-\d+\.xml$/.test(file));
}

/** Every <loc> of a sitemap file. */
function locs(build: BuildResult, path: string): string[] {
  const $ = load(build.read(path), { xml: true });
  return $('loc')
    .map((_, loc) => $(loc).text())
    .get();
}

describe('sitemap', () => {
  it('the sample site has one <urlset> that validates against tests/schemas/sitemap.xsd', async () => {
    expect(existsSync(join(sites.sample.outDir, 'sitemap-1.xml'))).toBe(false);
    const errors = await xmllintErrors(urlsetSchema, [join(sites.sample.outDir, 'sitemap.xml')]);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('the split corpus has an index valid against sitemapIndex.xsd and children valid against sitemap.xsd', async () => {
    const children = childSitemaps(sites.corpus);
    // Over 600 pages at 50 a file.
    expect(children.length).toBeGreaterThan(10);
    const indexErrors = await xmllintErrors(indexSchema, [
      join(sites.corpus.outDir, 'sitemap.xml'),
    ]);
    expect(indexErrors, indexErrors.join('\n')).toEqual([]);
    const childErrors = await xmllintErrors(urlsetSchema, children);
    expect(childErrors, childErrors.join('\n')).toEqual([]);
  });

  it('the schemas reject what the protocol forbids', async () => {
    const good = sites.sample.read('/sitemap.xml');
    const broken: Record<string, string> = {
      'relative-loc': good.replace(/<loc>https:\/\/[^/]+/, '<loc>'),
      'no-loc': good.replace(/<loc>[^<]*<\/loc>/, ''),
      'lastmod-without-zone': good.replace(/\+08:00<\/lastmod>/, '</lastmod>'),
      'unreal-lastmod': good.replace(/<lastmod>\d{4}-\d{2}-\d{2}/, '<lastmod>2024-02-30'),
      'bad-changefreq': good.replace('</lastmod>', '</lastmod><changefreq>sometimes</changefreq>'),
      'priority-above-one': good.replace('</lastmod>', '</lastmod><priority>1.5</priority>'),
      'index-as-urlset': sites.corpus.read('/sitemap.xml'),
    };
    const dir = sites.scratch;
    const files = Object.entries(broken).map(([name, xml]) => {
      writeFileSync(join(dir, `${name}.xml`), xml);
      return join(dir, `${name}.xml`);
    });
    const errors = await xmllintErrors(urlsetSchema, files);
    for (const file of files) {
      expect(
        errors.some((line) => line.startsWith(file)),
        `${file} passed`,
      ).toBe(true);
    }
    const valid = join(dir, 'optional-fields.xml');
    const optional = '</lastmod><changefreq>daily</changefreq><priority>0.8</priority>';
    writeFileSync(valid, good.replace('</lastmod>', optional));
    expect(await xmllintErrors(urlsetSchema, [valid])).toEqual([]);
  });

  it('every <loc> is absolute and ASCII, each page appears once, within the protocol limits', () => {
    for (const [name, build, files] of [
      ['sample', sites.sample, ['/sitemap.xml']],
      ['corpus', sites.corpus, childSitemaps(sites.corpus).map((f) => f.slice(f.lastIndexOf('/')))],
    ] as const) {
      const pages = files.flatMap((file) => {
        const list = locs(build, file);
        expect(list.length, `${name} ${file}`).toBeLessThanOrEqual(
          name === 'corpus' ? perFile : 50_000,
        );
        return list;
      });
      for (const loc of pages) {
        expect(absoluteUrlProblem(loc), name).toBeUndefined();
        expect(loc.length, loc).toBeLessThan(2048);
      }
      expect(new Set(pages).size, `${name}: a page is listed twice`).toBe(pages.length);
      // Each <loc> names a page the build wrote.
      for (const loc of pages) {
        const path = decodeURIComponent(new URL(loc).pathname);
        const file = path.endsWith('/') ? `${path}index.html` : path;
        expect(existsSync(join(build.outDir, file)), `${name}: ${loc} has no page`).toBe(true);
      }
    }
  });

  it('the index lists each child sitemap once by absolute URL', () => {
    const listed = locs(sites.corpus, '/sitemap.xml');
    for (const loc of listed) expect(absoluteUrlProblem(loc)).toBeUndefined();
    const children = childSitemaps(sites.corpus).map((file) => file.slice(file.lastIndexOf('/')));
    expect(listed.map((loc) => new URL(loc).pathname).sort()).toEqual(children.sort());
  });
});
