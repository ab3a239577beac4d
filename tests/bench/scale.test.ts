import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generateCorpus.js';
import { runBuild, type BuildResult } from '../support/buildFixture.js';

// A generated site of a few thousand articles, built with the real CLI. Expected counts are
// computed here from the front matter on disk, by the rules the README states, not by Zixun's code.
const COUNT = 2000;
const PAGE_SIZE = 20;

let build: BuildResult;
let html: string[];
const expected = {
  articlePaths: [] as string[],
  keywordCounts: new Map<string, number>(),
  yearCounts: new Map<string, number>(),
  monthCounts: new Map<string, number>(),
};

/** The README's keyword identity: case, full-/half-width form and spacing do not matter. */
const keywordIdentity = (keyword: string) =>
  keyword.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();
const pagesFor = (counts: Map<string, number>) =>
  [...counts.values()].reduce((sum, count) => sum + Math.ceil(count / PAGE_SIZE), 0);
const add = (counts: Map<string, number>, key: string) =>
  counts.set(key, (counts.get(key) ?? 0) + 1);

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zixun-scale-'));
  generateCorpus({ count: COUNT, seed: 7, dir });
  for (const path of readdirSync(join(dir, 'articles'), { recursive: true, encoding: 'utf8' })) {
    if (!path.endsWith('.md')) continue;
    const text = readFileSync(join(dir, 'articles', path), 'utf8');
    const yaml = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
    const data = load(yaml, { schema: CORE_SCHEMA }) as { date: string; keywords: string[] };
    // Written as 2024-05-28T06:30:01+08:00, the site's own zone, so the date parts are the page's.
    const [, year, month, day] = /^(\d{4})-(\d{2})-(\d{2})T[\d:]{8}\+08:00$/.exec(data.date) ?? [];
    expect(year, `${path}: date ${data.date}`).toBeDefined();
    expected.articlePaths.push(`${year}/${month}/${day}/${basename(path, '.md')}/index.html`);
    add(expected.yearCounts, `${year}`);
    add(expected.monthCounts, `${year}/${month}`);
    for (const key of new Set(data.keywords.map(keywordIdentity))) add(expected.keywordCounts, key);
  }
  build = await runBuild(dir);
  expect(build.code, build.output).toBe(0);
  html = readdirSync(build.outDir, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => path.endsWith('.html'));
}, 180_000);

const matching = (pattern: RegExp) => html.filter((path) => pattern.test(path));

describe(`a generated site of ${COUNT} articles`, () => {
  it('has one page per article, at the URL its date and file name give', () => {
    expect(expected.articlePaths).toHaveLength(COUNT);
    const articlePages = matching(/^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/);
    expect(articlePages.sort()).toEqual([...expected.articlePaths].sort());
  });

  it(`has ceil(${COUNT} / 20) home pages`, () => {
    expect(matching(/^(page\/\d+\/)?index\.html$/)).toHaveLength(Math.ceil(COUNT / PAGE_SIZE));
  });

  it('has ceil(count / 20) pages for every keyword', () => {
    const keywordPages = matching(/^tags\/[^/]+\/(\d+\/)?index\.html$/);
    expect(keywordPages).toHaveLength(pagesFor(expected.keywordCounts));
    expect(new Set(keywordPages.map((path) => path.split('/')[1])).size).toBe(
      expected.keywordCounts.size,
    );
  });

  it('lists at most 20 articles on a keyword page, and every article once per keyword', () => {
    const perPage = matching(/^tags\/[^/]+\/(\d+\/)?index\.html$/).map(
      (path) =>
        readFileSync(join(build.outDir, path), 'utf8').match(/class="article-list__item"/g)
          ?.length ?? 0,
    );
    expect(Math.max(...perPage)).toBe(PAGE_SIZE);
    const total = [...expected.keywordCounts.values()].reduce((sum, count) => sum + count, 0);
    expect(perPage.reduce((sum, count) => sum + count, 0)).toBe(total);
  });

  it('indexes every article for search (built on a thread of its own at this size)', () => {
    const page = readFileSync(join(build.outDir, 'search/index.html'), 'utf8');
    const manifestPath = /data-index="\/(search\/index\.[0-9a-f]+\.json)"/.exec(page)?.[1] ?? '';
    const manifest = JSON.parse(readFileSync(join(build.outDir, manifestPath), 'utf8')) as {
      documents: number;
      tokens: string[];
      meta: string[];
    };
    expect(manifest.documents).toBe(COUNT);
    const shards = readdirSync(join(build.outDir, 'search')).filter((name) =>
      name.endsWith('.bin'),
    );
    expect(shards.sort()).toEqual(
      [
        ...manifest.tokens.map((hash, index) => `t${index}.${hash}.bin`),
        ...manifest.meta.map((hash, index) => `d${index}.${hash}.bin`),
      ].sort(),
    );
  });

  it('has ceil(count / 20) archive pages for every year and every month', () => {
    expect(matching(/^archive\/\d{4}\/(page\/\d+\/)?index\.html$/)).toHaveLength(
      pagesFor(expected.yearCounts),
    );
    expect(matching(/^archive\/\d{4}\/\d{2}\/(page\/\d+\/)?index\.html$/)).toHaveLength(
      pagesFor(expected.monthCounts),
    );
  });
});
