import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../../../src/content/readArticleFile.js';

const dir = mkdtempSync(join(tmpdir(), 'zixun-read-'));

describe('readArticleFile', () => {
  it('reads a regular file up to the limit', () => {
    writeFileSync(join(dir, 'a.md'), '正文');
    expect(readArticleFile(join(dir, 'a.md'), 6)).toEqual({ bytes: Buffer.from('正文') });
  });

  it('refuses a file over the limit without reading it', () => {
    writeFileSync(join(dir, 'big.md'), 'x'.repeat(1_234_567));
    expect(readArticleFile(join(dir, 'big.md'), 1_000_000)).toEqual({
      problem:
        'is 1,234,567 bytes; expected at most 1,000,000 bytes (content.maxArticleBytes in _data/site.json)',
    });
  });

  it('returns at once for a FIFO swapped in after the files were listed', () => {
    // Swapped: findArticleFiles saw a regular file here, the reader finds a FIFO with no writer.
    writeFileSync(join(dir, 'swap.md'), '正文');
    rmSync(join(dir, 'swap.md'));
    execFileSync('mkfifo', [join(dir, 'swap.md')]);
    expect(readArticleFile(join(dir, 'swap.md'), 1000)).toEqual({
      problem: 'is a FIFO (named pipe); expected a regular markdown file',
    });
  });

  it.each([
    ['/dev/null', 'is a character device; expected a regular markdown file'],
    [dir, 'is a folder; expected a regular markdown file'],
    [
      join(dir, 'missing.md'),
      'was removed while the build ran; expected it to stay until the build ends',
    ],
  ])('names what %s is', (path, problem) => {
    expect(readArticleFile(path, 1000)).toEqual({ problem });
  });
});
