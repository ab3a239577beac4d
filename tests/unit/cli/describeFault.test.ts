import { describe, expect, it } from 'vitest';
import { describeFault, findSystemError } from '../../../src/cli/describeFault.js';
import { internalErrorLines } from '../../../src/cli/internalErrorLines.js';
import { isProcessAlive } from '../../../src/cli/isProcessAlive.js';

function systemError(code: string, syscall: string, path?: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall}`), { code, syscall, path });
}

describe('describeFault', () => {
  it('names the folder of a file that could not be written', () => {
    expect(
      describeFault(systemError('ENOSPC', 'write', '/out/_site.tmp-1/a/index.html'), '/x'),
    ).toBe(
      '[zixun] /out/_site.tmp-1/a: no space left on the device (ENOSPC, write); expected enough free space for the whole site',
    );
  });

  it('names the folder itself when a folder call failed', () => {
    expect(describeFault(systemError('EACCES', 'mkdir', '/ro/_site'), '/x')).toBe(
      '[zixun] /ro/_site: permission denied (EACCES, mkdir); expected a folder this user may write to',
    );
  });

  it('falls back to the given folder and the first line of an unknown error', () => {
    expect(describeFault(systemError('EIO', 'read'), '/out')).toBe(
      '[zixun] /out: EIO: read (EIO, read); expected the operation to succeed',
    );
  });

  it('finds a file-system error wrapped by Eleventy', () => {
    const inner = systemError('ENOSPC', 'write', '/a');
    const outer = Object.assign(new Error('Having trouble copying'), {
      originalError: new Error('copy', { cause: inner }),
    });
    expect(findSystemError(outer)).toBe(inner);
    expect(findSystemError(new Error('plain'))).toBeUndefined();
  });
});

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
});

describe('isProcessAlive', () => {
  it('knows this process, and no process above the largest pid', () => {
    expect(isProcessAlive(process.pid)).toBe(true);
    expect(isProcessAlive(4_194_305)).toBe(false);
    expect(isProcessAlive(Number.NaN)).toBe(false);
  });
});
