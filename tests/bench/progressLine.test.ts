import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/progressLine.js';

function fakeTerminal() {
  const writes: string[] = [];
  return { writes, stream: { write: (text: string) => writes.push(text) } };
}

describe('progressLine', () => {
  it('redraws the line in place with the phase and count', () => {
    const { writes, stream } = fakeTerminal();
    const line = progressLine(stream);
    line.update('reading articles', 0, 4000);
    line.update('keywords and related articles');
    expect(writes).toEqual([
      '\r\x1b[K[zixun] reading articles 0/4000',
      '\r\x1b[K[zixun] keywords and related articles',
    ]);
  });

  it('skips redraws of the same phase within 100 ms, but always shows the last count', () => {
    const { writes, stream } = fakeTerminal();
    const line = progressLine(stream);
    for (let done = 1; done <= 500; done++) line.update('writing pages', done, 500);
    expect(writes[0]).toBe('\r\x1b[K[zixun] writing pages 1/500');
    expect(writes.at(-1)).toBe('\r\x1b[K[zixun] writing pages 500/500');
    expect(writes.length).toBeLessThan(10);
  });

  it('erases the line when cleared, and writes nothing if it never showed', () => {
    const { writes, stream } = fakeTerminal();
    const line = progressLine(stream);
    line.clear();
    expect(writes).toEqual([]);
    line.update('list pages');
    line.clear();
    expect(writes).toEqual(['\r\x1b[K[zixun] list pages', '\r\x1b[K']);
  });
});
