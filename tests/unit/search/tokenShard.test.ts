import { describe, expect, it } from 'vitest';
import { tokenShard } from '../../../src/search/tokenShard.js';

describe('tokenShard', () => {
  it('is FNV-1a over UTF-16 code units, modulo the shard count', () => {
    // FNV-1a 32 of "a" is 0xe40c292c = 3826002220; of "" the offset basis 0x811c9dc5.
    expect(tokenShard('a', 1000)).toBe(220);
    expect(tokenShard('', 2 ** 31)).toBe(0x811c9dc5 % 2 ** 31);
  });

  it('always picks shard 0 of 1, and stays below the count', () => {
    expect(tokenShard('马斯', 1)).toBe(0);
    for (const token of ['马斯', '斯克', 'xai', '大', '𠀀𠀁']) {
      const shard = tokenShard(token, 64);
      expect(shard).toBeGreaterThanOrEqual(0);
      expect(shard).toBeLessThan(64);
      expect(tokenShard(token, 64)).toBe(shard);
    }
  });
});
