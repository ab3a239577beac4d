import { createHash } from 'node:crypto';
import { gzipShard } from './gzipShard.js';
import { encodePosting } from './encodePosting.js';
import { tokenIds } from './tokenIds.js';
import { tokenShard } from './tokenShard.js';
import { utf8Length, writeUtf8 } from './utf8Bytes.js';

/** What the index reads from one article; `date` is shown as written (an ISO date with offset). */
export interface SearchDocument {
  url: string;
  title: string;
  date: string;
  summary: string;
  keywords: readonly string[];
  /** Plain body text, only when the site indexes bodies. */
  body?: string;
}

/** One file of the index: its site path (fingerprinted, under /search/) and its bytes. */
export interface SearchFile {
  path: string;
  content: Uint8Array;
}

/** The manifest the search page loads first: how to find every other index file. */
export interface SearchManifest {
  version: 1;
  /** Number of documents; document n is the n-th given to buildSearchIndex. */
  documents: number;
  body: boolean;
  /** Documents per metadata shard. */
  metaSize: number;
  /**
   * Content hash of token shard i, whose file is `t<i>.<hash>.bin` beside the manifest: gzip of
   * lines `<token> <postings>`, with a line break before the first.
   */
  tokens: string[];
  /** Content hash of metadata shard k, `d<k>.<hash>.bin`: gzip of a JSON array of rows. */
  meta: string[];
}

/** The built index: every file to write, the manifest's path and counts for the build report. */
export interface SearchIndex {
  manifestPath: string;
  files: SearchFile[];
  documents: number;
  tokens: number;
}

/** Size targets; the defaults keep a query's download small at tens of thousands of articles. */
export interface SearchIndexOptions {
  /** Index the body text too (the `search.body` setting). */
  body: boolean;
  /** Aim for token shards about this big before gzip (bytes); the shard count is a power of two. */
  shardBytes?: number;
  /** Documents per metadata shard; a result page loads at most one shard per result. */
  metaSize?: number;
}

/** Field bits of a posting's mask; rankResults weighs them 8, 4, 2 and 1. */
const TITLE = 1;
const KEYWORDS = 2;
const SUMMARY = 4;
const BODY = 8;

/**
 * Builds the sharded character-bigram index in one pass over the documents. MiniSearch and
 * FlexSearch were not used: both serialise one whole index, which a query would have to download
 * in full (megabytes at 4,000 articles); here a query fetches only the shards of its own tokens
 * (by hash) and the metadata shards of the results it shows. Shards are stored gzipped (the
 * browser's DecompressionStream reads them), so the size on disk and on the wire is the same
 * whether or not the host compresses.
 */
export function buildSearchIndex(
  documents: readonly SearchDocument[],
  options: SearchIndexOptions,
): SearchIndex {
  const shardBytes = options.shardBytes ?? 32_000;
  const metaSize = options.metaSize ?? 10;
  // Postings are kept as flat (token id, document, mask) columns and grouped by token at the end:
  // a million distinct body bigrams as objects or growing strings cost seconds of GC.
  const ids = tokenIds();
  let postId = new Int32Array(1 << 16);
  let postDoc = new Int32Array(1 << 16);
  let postMask = new Uint8Array(1 << 16);
  let postings = 0;
  let pending = new Uint8Array(1 << 16);
  let touched = new Int32Array(1 << 12);
  const metaShards: string[] = [];
  let metaRows: string[] = [];

  documents.forEach((document, doc) => {
    let touches = 0;
    const add = (text: string, field: number, unigrams: boolean) =>
      ids.visit(text, unigrams, (id) => {
        if (id >= pending.length) pending = grown(pending, id);
        const mask = pending[id] ?? 0;
        if (mask === 0) {
          if (touches === touched.length) touched = grown(touched, touches);
          touched[touches++] = id;
        }
        pending[id] = mask | field;
      });
    add(document.title, TITLE, true);
    for (const keyword of document.keywords) add(keyword, KEYWORDS, true);
    add(document.summary, SUMMARY, false);
    if (options.body && document.body) add(document.body, BODY, false);
    if (postings + touches > postId.length) {
      postId = grown(postId, postings + touches);
      postDoc = grown(postDoc, postings + touches);
      postMask = grown(postMask, postings + touches);
    }
    for (let index = 0; index < touches; index++) {
      const id = touched[index] ?? 0;
      postId[postings] = id;
      postDoc[postings] = doc;
      postMask[postings++] = pending[id] ?? 0;
      pending[id] = 0;
    }
    metaRows.push(
      JSON.stringify([
        document.url,
        document.title,
        document.date,
        document.summary,
        document.keywords,
      ]),
    );
    if (metaRows.length === metaSize || doc === documents.length - 1) {
      metaShards.push(`[${metaRows.join(',\n')}]\n`);
      metaRows = [];
    }
  });

  // Group postings by token (a stable counting sort keeps document order). Each token becomes a
  // line `<token> <postings>\n`; tokens are letters, digits and marks only.
  const { tokens } = ids;
  const starts = new Int32Array(tokens.length + 1);
  for (let index = 0; index < postings; index++) {
    const after = (postId[index] ?? 0) + 1;
    starts[after] = (starts[after] ?? 0) + 1;
  }
  for (let id = 0; id < tokens.length; id++)
    starts[id + 1] = (starts[id + 1] ?? 0) + (starts[id] ?? 0);
  // Gathered once into token order, so the two passes below read memory in sequence.
  const docs = new Int32Array(postings);
  const masks = new Uint8Array(postings);
  const next = starts.slice(0, tokens.length);
  for (let index = 0; index < postings; index++) {
    const id = postId[index] ?? 0;
    const at = next[id] ?? 0;
    next[id] = at + 1;
    docs[at] = postDoc[index] ?? 0;
    masks[at] = postMask[index] ?? 0;
  }
  // The shard count comes from an estimate (about 2 digits a posting), which is enough to size
  // shards and saves a pass over every posting; each shard is then written into an upper bound.
  let estimate = postings * 2;
  const tokenBytes = tokens.map((token) => utf8Length(token));
  for (const bytes of tokenBytes) estimate += bytes + 2;
  // A power of two changes only when the index doubles or halves, so shard names stay put longer.
  const shardCount = 2 ** Math.max(0, Math.ceil(Math.log2(estimate / shardBytes)));
  let widest = 1;
  for (let value = documents.length * 16 + 15; value >= 32; value = Math.floor(value / 32))
    widest++;
  const members = Array.from({ length: shardCount }, () => [] as number[]);
  tokens.forEach((token, id) => members[tokenShard(token, shardCount)]?.push(id));
  const shardTexts = members.map((shardIds) => {
    let bound = 1;
    for (const id of shardIds) {
      bound += (tokenBytes[id] ?? 0) + 2 + widest * ((starts[id + 1] ?? 0) - (starts[id] ?? 0));
    }
    // A line break first, so the browser finds any token with one indexOf("\n<token> ").
    const bytes = new Uint8Array(bound);
    let at = 0;
    bytes[at++] = 10;
    for (const id of shardIds) {
      at = writeUtf8(bytes, at, tokens[id] ?? '');
      bytes[at++] = 32;
      let previous = -1;
      for (let from = starts[id] ?? 0; from < (starts[id + 1] ?? 0); from++) {
        at = encodePosting(bytes, at, (docs[from] ?? 0) - previous, masks[from] ?? 0);
        previous = docs[from] ?? 0;
      }
      bytes[at++] = 10;
    }
    return bytes.subarray(0, at);
  });

  const files: SearchFile[] = [];
  const store = (prefix: string, texts: readonly (string | Uint8Array)[]) =>
    texts.map((text, index) => {
      const content = gzipShard(text);
      const hash = contentHash(content);
      files.push({ path: `/search/${prefix}${index}.${hash}.bin`, content });
      return hash;
    });
  const manifest: SearchManifest = {
    version: 1,
    documents: documents.length,
    body: options.body,
    metaSize,
    tokens: store('t', shardTexts),
    meta: store('d', metaShards),
  };
  const manifestContent = Buffer.from(`${JSON.stringify(manifest)}\n`);
  const manifestPath = `/search/index.${contentHash(manifestContent)}.json`;
  files.unshift({ path: manifestPath, content: manifestContent });
  return { manifestPath, files, documents: documents.length, tokens: tokens.length };
}

/** A copy of a column with room for at least `needed` entries (doubling, so appends stay linear). */
function grown<T extends Int32Array | Uint8Array>(from: T, needed: number): T {
  const to = new (from.constructor as new (length: number) => T)(
    Math.max(needed + 1, from.length * 2),
  );
  to.set(from);
  return to;
}

function contentHash(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 10);
}
