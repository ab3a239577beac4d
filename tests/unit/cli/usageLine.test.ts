import { parseArgs } from 'node:util';
import { expect, test } from 'vitest';
import { usageLine } from '../../../src/cli/usageLine.js';

const flags =
  'the build takes --input <folder>, --output <folder>, --report <file> and --portable; Eleventy’s own flags (--quiet, --serve, …) go to `npx @11ty/eleventy`';
const parse = (args: string[]): unknown => {
  try {
    parseArgs({ args, options: { input: { type: 'string' }, portable: { type: 'boolean' } } });
  } catch (error) {
    return error;
  }
  return undefined;
};

test('a command-line mistake: one line naming the argument and the flags the build takes', () => {
  expect(usageLine(parse(['--quiet']))).toBe(`[zixun] unknown option --quiet; ${flags}`);
  expect(usageLine(parse(['--input']))).toBe(
    `[zixun] Option '--input <value>' argument missing; ${flags}`,
  );
  expect(usageLine(parse(['content']))).toBe(`[zixun] Unexpected argument 'content'; ${flags}`);
});

test('any other error is not a usage mistake', () => {
  expect(usageLine(new Error('Unknown option'))).toBe(undefined);
  expect(usageLine(null)).toBe(undefined);
});
