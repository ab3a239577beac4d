import { describe, expect, it } from 'vitest';
import { drawIcon } from '../../../src/offline/drawIcon.js';

const size = 64;
const pixel = (pixels: Uint8Array, x: number, y: number) => [
  ...pixels.subarray((y * size + x) * 4, (y * size + x) * 4 + 4),
];

describe('drawIcon', () => {
  const plain = drawIcon(size, '#c81e1e', false);
  const maskable = drawIcon(size, '#c81e1e', true);

  it('has transparent rounded corners, the maskable one a full square', () => {
    expect(pixel(plain, 0, 0)[3]).toBe(0);
    expect(pixel(maskable, 0, 0)).toEqual([0xc8, 0x1e, 0x1e, 255]);
  });

  it('draws the accent colour behind white lines', () => {
    expect(pixel(plain, size / 2, 2)).toEqual([0xc8, 0x1e, 0x1e, 255]);
    // The headline bar crosses the middle column near the top of the drawing box.
    expect(pixel(plain, size / 2, Math.round(size * 0.26))).toEqual([255, 255, 255, 255]);
  });

  it('keeps the maskable drawing inside the safe zone (a centred circle of 80%)', () => {
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const [red] = pixel(maskable, x, y);
        const distance = Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2);
        if (red !== 0xc8) expect(distance, `${x},${y}`).toBeLessThan(size * 0.4);
      }
    }
  });

  it('anti-aliases edges', () => {
    const alphas = new Set(Array.from({ length: size }, (_, x) => pixel(plain, x, 1)[3]));
    expect([...alphas].some((alpha) => alpha! > 0 && alpha! < 255)).toBe(true);
  });
});
