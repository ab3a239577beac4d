import { describe, expect, it } from 'vitest';
import { fileKind, type FileKindInfo } from '../../../src/content/fileKind.js';

type Kind = keyof FileKindInfo;

/** An entry for which only `kind` answers true. */
function entry(kind?: Kind): FileKindInfo {
  const is = (name: Kind) => () => name === kind;
  return {
    isFile: is('isFile'),
    isDirectory: is('isDirectory'),
    isSymbolicLink: is('isSymbolicLink'),
    isFIFO: is('isFIFO'),
    isSocket: is('isSocket'),
    isCharacterDevice: is('isCharacterDevice'),
    isBlockDevice: is('isBlockDevice'),
  };
}

describe('fileKind', () => {
  it.each([
    ['isFile', 'a regular file'],
    ['isDirectory', 'a folder'],
    ['isSymbolicLink', 'a symbolic link'],
    ['isFIFO', 'a FIFO (named pipe)'],
    ['isSocket', 'a socket'],
    ['isCharacterDevice', 'a character device'],
    ['isBlockDevice', 'a block device'],
  ] as const)('%s is %j', (kind, name) => {
    expect(fileKind(entry(kind))).toBe(name);
  });

  it('says "not a regular file" for anything else', () => {
    expect(fileKind(entry())).toBe('not a regular file');
  });
});
