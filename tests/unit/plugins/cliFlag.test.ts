import { expect, test } from 'vitest';
import { cliFlag } from '../../../src/plugins/cliFlag.js';

test('a bare flag, a value, a --no- flag; the last one wins', () => {
  expect(cliFlag(['--quiet'], 'quiet')).toBe('');
  expect(cliFlag(['--incremental=content/a.md'], 'incremental')).toBe('content/a.md');
  expect(cliFlag(['--no-quiet'], 'quiet')).toBe('false');
  expect(cliFlag(['--incremental=a.md', '--incremental'], 'incremental')).toBe('');
});

test('absent, a longer name, or after --', () => {
  expect(cliFlag([], 'quiet')).toBe(undefined);
  expect(cliFlag(['--quietly'], 'quiet')).toBe(undefined);
  expect(cliFlag(['--', '--quiet'], 'quiet')).toBe(undefined);
});
