import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/content/contentProblem.js';
import { failureLines } from '../../../src/plugins/failureLines.js';

const problems = new ContentError([
  {
    file: 'content/articles/a.md',
    field: 'tags',
    message: 'is not a known field',
    severity: 'warning',
  },
  { file: 'content/articles/b.md', field: 'date', message: 'is required', severity: 'error' },
]);

describe('failureLines', () => {
  it('lists a content error with its warnings first, also when Eleventy wrapped it', () => {
    const expected = [
      '[zixun] warning: content/articles/a.md: tags: is not a known field',
      '[zixun] the build stopped: 1 problem in the content',
      '[zixun] content/articles/b.md: date: is required',
    ];
    expect(failureLines(problems, false)).toEqual(expected);
    expect(failureLines({ originalError: problems }, false)).toEqual(expected);
  });

  it('passes on a message Zixun wrote for the user', () => {
    expect(failureLines(new Error('[zixun] ZIXUN_WORKERS: found "x"'), false)).toEqual([
      '[zixun] ZIXUN_WORKERS: found "x"',
    ]);
  });

  it('gives any other error one line and the way to its stack, or the stack when debugging', () => {
    const error = new TypeError('x is not a function\nsecond line');
    expect(failureLines(error, false)).toEqual([
      '[zixun] the build failed: TypeError: x is not a function',
      '[zixun] this is not a problem in the content; run again with ZIXUN_DEBUG=1 to see the stack trace',
    ]);
    const debug = failureLines(error, true);
    expect(debug[0]).toBe('[zixun] the build failed: TypeError: x is not a function');
    expect(debug.some((line) => /^\[zixun\] {5}at /.test(line))).toBe(true);
  });
});
