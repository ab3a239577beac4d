import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../src/offline/encodePng.js';

/** Splits a PNG into its chunks, checking each CRC. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  const found: { type: string; data: Buffer }[] = [];
  let at = 8;
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const body = png.subarray(at + 4, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(body));
    found.push({ type: body.subarray(0, 4).toString('ascii'), data: body.subarray(4) });
    at += 12 + length;
  }
  return found;
}

describe('encodePng', () => {
  const pixels = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 1, 2, 3, 4]);
  const png = encodePng(2, 2, pixels);

  it('writes the PNG signature and IHDR, IDAT, IEND with valid CRCs', () => {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(chunks(png).map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  });

  it('declares the size as 8-bit RGBA', () => {
    const header = chunks(png)[0]!.data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4)]).toEqual([2, 2]);
    expect([...header.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
  });

  it('stores every row unfiltered, so inflating gives the pixels back', () => {
    const raw = inflateSync(chunks(png)[1]!.data);
    expect([...raw]).toEqual([0, ...pixels.subarray(0, 8), 0, ...pixels.subarray(8)]);
  });

  it('refuses pixels that do not match the size', () => {
    expect(() => encodePng(3, 3, pixels)).toThrow(/expected 36 \(4 per pixel\)/);
  });
});
