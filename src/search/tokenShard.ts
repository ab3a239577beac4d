/**
 * Picks the index shard a token lives in: FNV-1a over its UTF-16 code units, modulo the shard
 * count. The browser runs the same source text, so it must stay self-contained.
 * http://www.isthe.com/chongo/tech/comp/fnv/
 */
export function tokenShard(token: string, shardCount: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < token.length; index++) {
    hash = Math.imul(hash ^ token.charCodeAt(index), 0x01000193);
  }
  return (hash >>> 0) % shardCount;
}
