import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchManifest } from '../../src/search/buildSearchIndex.js';
import { decodePostings } from '../../src/search/decodePostings.js';
import { tokenShard } from '../../src/search/tokenShard.js';
import { makeSite, runBuild, type BuildResult } from '../support/buildFixture.js';

// The search index as the build writes it (issue 6): what is in it, what never is, and that the
// same content gives the same bytes.

const articles = {
  'musk.md':
    '---\ntitle: 马斯克谈 AI 安全\ndate: 2024-05-28 06:30:00\nkeywords: [xAI, 人工智能]\nsummary: 一场关于监管的争论。\n---\n\n正文只在这里提到量子纠缠。\n',
  'models.md':
    '---\ntitle: 国产大模型价格战\ndate: 2024-05-21 10:00:00\nkeywords: [大模型]\n---\n\n多家云厂商下调大模型 API 价格。\n',
  'draft.md':
    '---\ntitle: 草稿里的马斯克秘闻\ndate: 2024-05-01 10:00:00\ndraft: true\n---\n\n草稿正文。\n',
  'future.md': '---\ntitle: 未来的马斯克专访\ndate: 2099-01-01 08:00:00\n---\n\n未来正文。\n',
};

/** The built index: its manifest, its files' text (gunzipped) and token lookups, as the browser reads them. */
function indexOf(build: BuildResult) {
  const $ = build.page('/search/index.html');
  const manifestPath = $('form.search-form').attr('data-index') ?? '';
  const manifest = JSON.parse(build.read(manifestPath)) as SearchManifest;
  const file = (name: string) =>
    gunzipSync(readFileSync(join(build.outDir, 'search', name))).toString();
  const postings = (token: string) => {
    const shard = tokenShard(token, manifest.tokens.length);
    const lines = file(`t${shard}.${manifest.tokens[shard]}.bin`);
    const at = lines.indexOf(`\n${token} `);
    if (at < 0) return undefined;
    const from = at + token.length + 2;
    return Object.fromEntries(decodePostings(lines.slice(from, lines.indexOf('\n', from))));
  };
  const rows = manifest.meta.flatMap(
    (hash, shard) => JSON.parse(file(`d${shard}.${hash}.bin`)) as unknown[][],
  );
  return { manifestPath, manifest, file, postings, rows };
}

function searchFiles(build: BuildResult): Record<string, string> {
  const dir = join(build.outDir, 'search');
  return Object.fromEntries(
    readdirSync(dir).map((name) => [name, readFileSync(join(dir, name)).toString('base64')]),
  );
}

let build: BuildResult;
let again: BuildResult;
let withBodies: BuildResult;

beforeAll(async () => {
  const site = makeSite(articles);
  [build, again, withBodies] = await Promise.all([
    runBuild(site),
    runBuild(site),
    runBuild(makeSite(articles, { search: { body: true } })),
  ]);
  for (const result of [build, again, withBodies]) expect(result.code, result.output).toBe(0);
});

describe('the search page', () => {
  it('has a form that submits q to itself and says search needs JavaScript without it', () => {
    const $ = build.page('/search/index.html');
    const form = $('form.search-form');
    expect(form.attr('action')).toBe('/search/');
    expect(form.attr('method')).toBe('get');
    expect(form.find('input[type="search"][name="q"]').length).toBe(1);
    expect($('noscript').text()).toContain('搜索需要启用 JavaScript');
    expect($('h1').text()).toBe('搜索');
  });

  it('loads one small fingerprinted script of its own, from the site', () => {
    const $ = build.page('/search/index.html');
    const src = $('script[src*="/search."]').attr('src') ?? '';
    expect(src).toMatch(/^\/assets\/search\.[0-9a-f]{10}\.js$/);
    const script = build.read(src);
    expect(gzipSync(script).length).toBeLessThanOrEqual(5 * 1024);
    expect(script).not.toMatch(/^\s*(import|export)\b/m);
    expect(script).not.toMatch(/https?:\/\//);
    expect(script).not.toContain('innerHTML');
  });
});

describe('the header search box', () => {
  it('is on every page, a GET form that sends q to /search/', () => {
    for (const path of ['/index.html', '/2024/05/28/musk/index.html', '/search/index.html']) {
      const form = build.page(path)('header form.site-search');
      expect(form.attr('action'), path).toBe('/search/');
      expect(form.attr('method'), path).toBe('get');
      expect(form.attr('role'), path).toBe('search');
      expect(form.find('input[type="search"][name="q"]').attr('aria-label'), path).toBe('搜索文章');
    }
  });
});

describe('the search index files', () => {
  it('are listed by a fingerprinted manifest under /search/, and all exist', () => {
    const { manifestPath, manifest } = indexOf(build);
    expect(manifestPath).toMatch(/^\/search\/index\.[0-9a-f]{10}\.json$/);
    const names = [
      ...manifest.tokens.map((hash, shard) => `t${shard}.${hash}.bin`),
      ...manifest.meta.map((hash, shard) => `d${shard}.${hash}.bin`),
    ];
    expect(Object.keys(searchFiles(build)).sort()).toEqual(
      [manifestPath.slice('/search/'.length), 'index.html', ...names].sort(),
    );
  });

  it('hold the published articles, oldest first, with what a result shows', () => {
    const { manifest, rows } = indexOf(build);
    expect(manifest).toMatchObject({ documents: 2, body: false });
    expect(rows).toEqual([
      [
        '/2024/05/21/models/',
        '国产大模型价格战',
        '2024-05-21T10:00:00+08:00',
        '多家云厂商下调大模型 API 价格。',
        ['大模型'],
      ],
      [
        '/2024/05/28/musk/',
        '马斯克谈 AI 安全',
        '2024-05-28T06:30:00+08:00',
        '一场关于监管的争论。',
        ['xAI', '人工智能'],
      ],
    ]);
  });

  it('find articles by title, keywords and summary, but not body text by default', () => {
    const { postings } = indexOf(build);
    expect(postings('马斯')).toEqual({ 1: 1 });
    expect(postings('xai')).toEqual({ 1: 2 });
    expect(postings('大模')).toEqual({ 0: 1 | 2 | 4 });
    expect(postings('监管')).toEqual({ 1: 4 });
    expect(postings('量子')).toBeUndefined();
  });

  it('never contain drafts or future articles', () => {
    const { manifest, file } = indexOf(build);
    const everything = [
      ...manifest.tokens.map((hash, shard) => file(`t${shard}.${hash}.bin`)),
      ...manifest.meta.map((hash, shard) => file(`d${shard}.${hash}.bin`)),
    ].join('\n');
    for (const text of ['草稿', '秘闻', '未来', '专访', '/2099/', '/2024/05/01/']) {
      expect(everything).not.toContain(text);
    }
  });

  it('index body text when search.body is set', () => {
    const { manifest, postings } = indexOf(withBodies);
    expect(manifest.body).toBe(true);
    expect(postings('量子')).toEqual({ 1: 8 });
    expect(postings('大模')).toEqual({ 0: 1 | 2 | 4 | 8 });
  });

  it('are byte-identical when the same content is built again', () => {
    expect(searchFiles(again)).toEqual(searchFiles(build));
  });
});
