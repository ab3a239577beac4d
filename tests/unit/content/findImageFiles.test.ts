import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findImageFiles } from '../../../src/content/findImageFiles.js';

const linkHint =
  'expected a file inside the content folder (or set "content": { "followExternalLinks": true } in _data/site.json)';

/** A folder outside the content folder, holding one file. */
function outsideFolder(): string {
  const outside = mkdtempSync(join(tmpdir(), 'zixun-outside-'));
  writeFileSync(join(outside, 'id_rsa'), 'secret');
  return outside;
}

describe('findImageFiles', () => {
  it('lists files of any name under their relative paths, skipping hidden entries', () => {
    const content = mkdtempSync(join(tmpdir(), 'zixun-images-'));
    const images = join(content, 'images');
    mkdirSync(join(images, '2024'), { recursive: true });
    for (const name of ['b.png', '2024/图.jpg', 'notes.txt', '.DS_Store']) {
      writeFileSync(join(images, name), '');
    }
    expect(findImageFiles(images, { cwd: content })).toEqual({
      files: ['2024/图.jpg', 'b.png', 'notes.txt'].map((relativePath) => ({
        path: join(images, relativePath),
        relativePath,
      })),
      problems: [],
    });
  });

  it('refuses an images folder that is itself a link out of the content folder, unless allowed', () => {
    const content = mkdtempSync(join(tmpdir(), 'zixun-images-'));
    const outside = outsideFolder();
    symlinkSync(outside, join(content, 'images'));
    expect(findImageFiles(join(content, 'images'), { cwd: content })).toEqual({
      files: [],
      problems: [
        {
          file: 'images',
          field: 'folder',
          message: `is a link to ${outside}, outside the content folder; ${linkHint}`,
          severity: 'error',
        },
      ],
    });
    const allowed = findImageFiles(join(content, 'images'), {
      cwd: content,
      followExternalLinks: true,
    });
    expect(allowed.files).toEqual([{ path: join(content, 'images/id_rsa'), relativePath: 'id_rsa' }]);
  });

  it('follows an images folder that is a link inside the content folder', () => {
    const content = mkdtempSync(join(tmpdir(), 'zixun-images-'));
    mkdirSync(join(content, 'media'));
    writeFileSync(join(content, 'media/a.png'), '');
    symlinkSync('media', join(content, 'images'));
    expect(findImageFiles(join(content, 'images'), { cwd: content })).toEqual({
      files: [{ path: join(content, 'images/a.png'), relativePath: 'a.png' }],
      problems: [],
    });
  });
});
