import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedBytes } from '../../../src/offline/cachedBytes.js';

const freshDir = () => join(mkdtempSync(join(tmpdir(), 'zixun-cache-')), 'icons');

/** A maker that counts its calls. */
function maker(text: string) {
  const made = { calls: 0, make: () => (made.calls++, Buffer.from(text)) };
  return made;
}

describe('cachedBytes', () => {
  it('makes the bytes once, then reads them from the folder', () => {
    const dir = freshDir();
    const first = maker('图标');
    expect(cachedBytes(dir, ['#c81e1e', '192'], first.make).toString()).toBe('图标');
    const second = maker('never used');
    expect(cachedBytes(dir, ['#c81e1e', '192'], second.make).toString()).toBe('图标');
    expect([first.calls, second.calls]).toEqual([1, 0]);
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('keeps apart inputs that only differ in where they split', () => {
    const dir = freshDir();
    cachedBytes(dir, ['ab', 'c'], maker('one').make);
    expect(cachedBytes(dir, ['a', 'bc'], maker('two').make).toString()).toBe('two');
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('makes the bytes again when an entry is damaged, and repairs it', () => {
    const dir = freshDir();
    cachedBytes(dir, ['x'], maker('原样').make);
    const [entry] = readdirSync(dir);
    const file = join(dir, entry ?? '');
    const stored = readFileSync(file);
    stored.writeUInt8(stored.readUInt8(stored.length - 1) ^ 1, stored.length - 1);
    writeFileSync(file, stored);
    const again = maker('原样');
    expect(cachedBytes(dir, ['x'], again.make).toString()).toBe('原样');
    expect(again.calls).toBe(1);
    expect(cachedBytes(dir, ['x'], maker('never used').make).toString()).toBe('原样');
  });

  it('makes the bytes again for an empty or truncated entry', () => {
    const dir = freshDir();
    cachedBytes(dir, ['x'], maker('abc').make);
    const file = join(dir, readdirSync(dir)[0] ?? '');
    for (const damaged of [Buffer.alloc(0), readFileSync(file).subarray(0, 32)]) {
      writeFileSync(file, damaged);
      const again = maker('abc');
      expect(cachedBytes(dir, ['x'], again.make).toString()).toBe('abc');
      expect(again.calls).toBe(1);
    }
  });

  it('still returns the bytes when the folder cannot be written', () => {
    const parent = mkdtempSync(join(tmpdir(), 'zixun-cache-'));
    writeFileSync(join(parent, 'icons'), 'a file where the folder should be');
    const made = maker('ok');
    expect(cachedBytes(join(parent, 'icons'), ['x'], made.make).toString()).toBe('ok');
    expect(cachedBytes(join(parent, 'icons'), ['x'], made.make).toString()).toBe('ok');
    expect(made.calls).toBe(2);
  });

  it('makes the bytes every time without a folder', () => {
    const made = maker('ok');
    cachedBytes(undefined, ['x'], made.make);
    cachedBytes(undefined, ['x'], made.make);
    expect(made.calls).toBe(2);
  });

  it('leaves no partial file behind', () => {
    const dir = freshDir();
    cachedBytes(dir, ['x'], maker('abc').make);
    expect(readdirSync(dir).some((name) => name.includes('partial'))).toBe(false);
  });
});
