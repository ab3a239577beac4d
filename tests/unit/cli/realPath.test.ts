import { mkdirSync, mkdtempSync, realpathSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realPath } from '../../../src/cli/realPath.js';

describe('realPath', () => {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'zixun-real-')));
  mkdirSync(join(root, 'site'));
  symlinkSync(join(root, 'site'), join(root, 'link'));

  it('resolves links, . and .. of an existing path', () => {
    expect(realPath(join(root, 'link/./../site'))).toBe(join(root, 'site'));
  });

  it('resolves the existing part of a path that does not exist yet', () => {
    expect(realPath(join(root, 'link/new/../out'))).toBe(join(root, 'site/out'));
    expect(realPath(join(root, 'link/a/b'))).toBe(join(root, 'site/a/b'));
  });
});
