import { describe, expect, it } from 'vitest';
import { decodePostings } from '../../../src/search/decodePostings.js';
import { encodePosting } from '../../../src/search/encodePosting.js';

function encode(entries: [doc: number, mask: number][]): string {
  const bytes = new Uint8Array(8 * entries.length);
  let at = 0;
  let previous = -1;
  for (const [doc, mask] of entries) {
    at = encodePosting(bytes, at, doc - previous, mask);
    previous = doc;
  }
  return Buffer.from(bytes.subarray(0, at)).toString('latin1');
}

describe('encodePosting and decodePostings', () => {
  it('writes (gap × 16 + mask) in base-32 digits, low digits first', () => {
    // Document 0, title: gap 1 → 17 → "R". Then document 1, summary: 1 × 16 + 4 = 20 → "U".
    expect(encode([[0, 1]])).toBe('R');
    expect(
      encode([
        [0, 1],
        [1, 4],
      ]),
    ).toBe('RU');
    // Document 99, body: gap 100 → 1608 = 8 + 18 × 32 + 1 × 1024 → digits 8+32, 18+32, 1.
    expect(encode([[99, 8]])).toBe('oyB');
  });

  it('reads back what it wrote, from the first document to large gaps', () => {
    const entries: [number, number][] = [
      [0, 15],
      [1, 1],
      [31, 2],
      [1000, 4],
      [70_000, 8],
      [2_000_000, 3],
    ];
    expect([...decodePostings(encode(entries))]).toEqual(entries);
  });

  it('reads nothing from an empty string', () => {
    expect(decodePostings('').size).toBe(0);
  });
});
