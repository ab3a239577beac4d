import { describe, expect, it } from 'vitest';
import { isProcessAlive } from '../../../src/cli/isProcessAlive.js';

describe('isProcessAlive', () => {
  it('knows this process, and no process above the largest pid', () => {
    expect(isProcessAlive(process.pid)).toBe(true);
    expect(isProcessAlive(4_194_305)).toBe(false);
    expect(isProcessAlive(Number.NaN)).toBe(false);
  });
});
