import { execFileSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/content/contentProblem.js';
import { copyImages } from '../../../src/site/copyImages.js';

/** A content folder with images/a.png, and an empty output folder. */
function folders(): { images: string; out: string } {
  const content = mkdtempSync(join(tmpdir(), 'zixun-copy-images-'));
  const images = join(content, 'images');
  mkdirSync(join(images, 'sub'), { recursive: true });
  writeFileSync(join(images, 'a.png'), 'png');
  mkdirSync(join(content, '_site'));
  return { images, out: join(content, '_site') };
}

describe('copyImages', () => {
  it('never makes the output folder itself: a failed build may have removed it', async () => {
    const { images, out } = folders();
    rmSync(out, { recursive: true });
    await expect(
      copyImages([{ path: join(images, 'a.png'), relativePath: 'sub/a.png' }], out),
    ).rejects.toMatchObject({ code: 'ENOENT' });
    expect(() => lstatSync(out)).toThrow(/ENOENT/);
  });

  it('copies each file to images/ under its relative path, keeping its time', async () => {
    const { images, out } = folders();
    writeFileSync(join(images, 'sub/图.png'), '图');
    await copyImages(
      [
        { path: join(images, 'a.png'), relativePath: 'a.png' },
        { path: join(images, 'sub/图.png'), relativePath: 'sub/图.png' },
      ],
      out,
    );
    expect(readFileSync(join(out, 'images/a.png'), 'utf8')).toBe('png');
    expect(readFileSync(join(out, 'images/sub/图.png'), 'utf8')).toBe('图');
    expect(lstatSync(join(out, 'images/a.png')).mtimeMs).toBeCloseTo(
      lstatSync(join(images, 'a.png')).mtimeMs,
      0,
    );
  });

  it('returns at once with a problem for a file swapped for a FIFO after it was listed', async () => {
    const { images, out } = folders();
    rmSync(join(images, 'a.png'));
    execFileSync('mkfifo', [join(images, 'a.png')]);
    const copying = copyImages(
      [{ path: join(images, 'a.png'), relativePath: 'a.png' }],
      out,
      images,
    );
    await expect(copying).rejects.toThrow(ContentError);
    await expect(copying).rejects.toThrow(
      '[zixun] a.png: file: is a FIFO (named pipe); expected a regular file',
    );
  });

  it('keeps a copy with the same size and time, and never writes through a link left in the output', async () => {
    const { images, out } = folders();
    const file = [{ path: join(images, 'a.png'), relativePath: 'a.png' }];
    await copyImages(file, out);
    writeFileSync(join(out, 'images/a.png'), 'PNG');
    const { mtimeMs } = lstatSync(join(images, 'a.png'));
    utimesSync(join(out, 'images/a.png'), mtimeMs / 1000, mtimeMs / 1000);
    await copyImages(file, out);
    expect(readFileSync(join(out, 'images/a.png'), 'utf8')).toBe('PNG');

    const victim = join(images, '..', 'victim.txt');
    writeFileSync(victim, 'keep');
    rmSync(join(out, 'images/a.png'));
    symlinkSync(victim, join(out, 'images/a.png'));
    await copyImages(file, out);
    expect(readFileSync(victim, 'utf8')).toBe('keep');
    expect(lstatSync(join(out, 'images/a.png')).isFile()).toBe(true);
    expect(readFileSync(join(out, 'images/a.png'), 'utf8')).toBe('png');
  });
});
