/** Code-point order, not UTF-16 order, so characters beyond U+FFFF sort after U+E000–U+FFFF (what a byte-wise UTF-8 sort gives). */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return shiftSurrogates(x) - shiftSurrogates(y);
  }
  return a.length - b.length;
}

function shiftSurrogates(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800;
  if (unit >= 0xd800) return unit + 0x2000;
  return unit;
}
