import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** At most this many shards are remembered; a site's index has a few hundred. */
const limit = 8192;

let remembered = new Map<string, Uint8Array>();

/**
 * gzip, remembering recent results by content: between two dev-server rebuilds almost every shard
 * is unchanged, and compressing them again was the biggest part of rebuilding the index.
 */
export function gzipShard(content: string | Uint8Array): Uint8Array {
  const key = createHash('sha1').update(content).digest('base64');
  const known = remembered.get(key);
  if (known) return known;
  const compressed = gzipSync(content);
  if (remembered.size >= limit) remembered = new Map();
  remembered.set(key, compressed);
  return compressed;
}
