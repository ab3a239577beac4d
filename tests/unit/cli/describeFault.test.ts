import { describe, expect, it } from 'vitest';
import { describeFault } from '../../../src/cli/describeFault.js';
import { findSystemError } from '../../../src/cli/findSystemError.js';

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
