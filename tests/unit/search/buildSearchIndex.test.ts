import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  type SearchDocument,
  type SearchIndex,
  type SearchManifest,
} from '../../../src/search/buildSearchIndex.js';
import { decodePostings } from '../../../src/search/decodePostings.js';
import { tokenShard } from '../../../src/search/tokenShard.js';

const documents: SearchDocument[] = [
  {
    url: '/2024/01/01/a/',
    title: '马斯克谈 AI 安全',
    date: '2024-01-01T08:00:00+08:00',
    summary: 'xAI 发布新模型',
    keywords: ['xAI', '人工智能'],
    body: '正文提到国产大模型。',
  },
  {
    url: '/2024/01/02/b/',
    title: '国产大模型价格战',
    date: '2024-01-02T08:00:00+08:00',
    summary: '价格一降再降',
    keywords: ['大模型'],
    body: '马斯克没有出现。',
  },
];

function manifestOf(index: SearchIndex): SearchManifest {
  const file = index.files.find((candidate) => candidate.path === index.manifestPath);
  return JSON.parse(Buffer.from(file?.content ?? []).toString('utf8')) as SearchManifest;
}

function text(index: SearchIndex, name: string): string {
  const file = index.files.find((candidate) => candidate.path === `/search/${name}`);
  if (!file) throw new Error(`no file ${name}`);
  return gunzipSync(file.content).toString('utf8');
}

/** Reads a token's postings as the browser does: one indexOf in the token's shard. */
function postings(index: SearchIndex, token: string): Record<number, number> | undefined {
  const manifest = manifestOf(index);
  const shard = tokenShard(token, manifest.tokens.length);
  const lines = text(index, `t${shard}.${manifest.tokens[shard]}.bin`);
  const at = lines.indexOf(`\n${token} `);
  if (at < 0) return undefined;
  const from = at + token.length + 2;
  return Object.fromEntries(decodePostings(lines.slice(from, lines.indexOf('\n', from))));
}

describe('buildSearchIndex', () => {
  const index = buildSearchIndex(documents, { body: false });

  it('writes a manifest naming every fingerprinted shard beside it', () => {
    const manifest = manifestOf(index);
    expect(index.manifestPath).toMatch(/^\/search\/index\.[0-9a-f]{10}\.json$/);
    expect(manifest).toMatchObject({ version: 1, documents: 2, body: false, metaSize: 10 });
    expect(index.files.map((file) => file.path).sort()).toEqual(
      [
        index.manifestPath,
        ...manifest.tokens.map((hash, shard) => `/search/t${shard}.${hash}.bin`),
        ...manifest.meta.map((hash, shard) => `/search/d${shard}.${hash}.bin`),
      ].sort(),
    );
    expect(index.documents).toBe(2);
  });

  it('records in which fields each document has each token (title 1, keywords 2, summary 4)', () => {
    expect(postings(index, '马斯')).toEqual({ 0: 1 });
    expect(postings(index, 'xai')).toEqual({ 0: 2 | 4 });
    expect(postings(index, 'ai')).toEqual({ 0: 1 });
    expect(postings(index, '大模')).toEqual({ 1: 1 | 2 });
    expect(postings(index, '价格')).toEqual({ 1: 1 | 4 });
  });

  it('indexes single characters of titles and keywords only', () => {
    expect(postings(index, '马')).toEqual({ 0: 1 });
    expect(postings(index, '智')).toEqual({ 0: 2 });
    expect(postings(index, '降')).toBeUndefined();
  });

  it('leaves bodies out unless asked, and marks body matches with 8', () => {
    expect(postings(index, '正文')).toBeUndefined();
    const withBodies = buildSearchIndex(documents, { body: true });
    expect(manifestOf(withBodies).body).toBe(true);
    expect(postings(withBodies, '正文')).toEqual({ 0: 8 });
    expect(postings(withBodies, '大模')).toEqual({ 0: 8, 1: 1 | 2 });
    expect(postings(withBodies, '马斯')).toEqual({ 0: 1, 1: 8 });
  });

  it('stores what a result shows, in metadata shards of metaSize documents', () => {
    const small = buildSearchIndex(documents, { body: false, metaSize: 1 });
    const manifest = manifestOf(small);
    expect(manifest.meta).toHaveLength(2);
    expect(JSON.parse(text(small, `d1.${manifest.meta[1]}.bin`))).toEqual([
      [
        '/2024/01/02/b/',
        '国产大模型价格战',
        '2024-01-02T08:00:00+08:00',
        '价格一降再降',
        ['大模型'],
      ],
    ]);
  });

  it('spreads tokens over a power-of-two number of shards by tokenShard', () => {
    const many = buildSearchIndex(documents, { body: true, shardBytes: 20 });
    const manifest = manifestOf(many);
    expect(Math.log2(manifest.tokens.length) % 1).toBe(0);
    expect(manifest.tokens.length).toBeGreaterThan(4);
    for (const token of ['马斯', 'xai', '大模', '正文', '马']) {
      expect(postings(many, token)).toEqual(
        postings(buildSearchIndex(documents, { body: true }), token),
      );
    }
  });

  it('gives byte-identical files for the same documents', () => {
    const again = buildSearchIndex(documents, { body: false });
    expect(
      again.files.map((file) => [file.path, Buffer.from(file.content).toString('base64')]),
    ).toEqual(index.files.map((file) => [file.path, Buffer.from(file.content).toString('base64')]));
  });

  it('builds a valid empty index', () => {
    const empty = buildSearchIndex([], { body: false });
    expect(manifestOf(empty)).toMatchObject({ documents: 0, meta: [] });
    expect(manifestOf(empty).tokens).toHaveLength(1);
  });
});
