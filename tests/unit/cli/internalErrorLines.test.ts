import { describe, expect, it } from 'vitest';
import { internalErrorLines } from '../../../src/cli/internalErrorLines.js';

describe('internalErrorLines', () => {
  const error = Object.assign(new Error('Problem writing\nmore'), {
    originalError: new Error('数据出错'),
  });

  it('prints one line with how to see the stack', () => {
    expect(internalErrorLines(error, false)).toEqual([
      '[zixun] the build failed: Problem writing: 数据出错; run with ZIXUN_DEBUG=1 to see the stack',
    ]);
  });

  it('prints the stacks with ZIXUN_DEBUG', () => {
    const lines = internalErrorLines(error, true);
    expect(lines[0]).toBe('[zixun] the build failed: Problem writing: 数据出错');
    expect(lines[1]).toMatch(
      /^Error: Problem writing\nmore\n\s+at [\s\S]*\ncaused by: Error: 数据出错\n\s+at /,
    );
  });

  it('prints an error Zixun wrote for the user as it is', () => {
    const wrapped = Object.assign(new Error('Having trouble writing'), {
      originalError: new Error(
        '[zixun] a.md (x.html): transform "t" failed: 炸了\n[zixun] second',
        {
          cause: new Error('炸了'),
        },
      ),
    });
    expect(internalErrorLines(wrapped, false)).toEqual([
      '[zixun] a.md (x.html): transform "t" failed: 炸了',
      '[zixun] second',
    ]);
  });
});
