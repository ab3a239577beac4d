import { createServer } from 'node:net';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArticleFiles } from '../../../src/content/findArticleFiles.js';

/** A content folder with these files (empty) under articles/. */
function contentWith(files: string[]): string {
  const content = mkdtempSync(join(tmpdir(), 'zixun-find-'));
  for (const file of files) {
    mkdirSync(join(content, 'articles', file, '..'), { recursive: true });
    writeFileSync(join(content, 'articles', file), '');
  }
  return content;
}

describe('findArticleFiles', () => {
  it('lists .md files in sub-folders in code-point order, skipping hidden entries and other files', () => {
    const content = contentWith([
      'b.md',
      'A.MD',
      '2024/马斯克.md',
      '2024/a.md',
      'notes.txt',
      '.drafts/x.md',
      '.hidden.md',
    ]);
    const articles = join(content, 'articles');
    expect(findArticleFiles(articles, { cwd: content })).toEqual({
      files: ['2024/a.md', '2024/马斯克.md', 'A.MD', 'b.md'].map((file) => join(articles, file)),
      problems: [],
    });
  });

  it('finds nothing, and no problem, when there is no articles folder', () => {
    expect(findArticleFiles(join(tmpdir(), 'zixun-no-such-folder', 'articles'))).toEqual({
      files: [],
      problems: [],
    });
  });

  it('lists a link to a file inside the content folder under the link name, and ignores links that are not articles', () => {
    const content = contentWith(['a.md', 'b.txt']);
    const articles = join(content, 'articles');
    symlinkSync('a.md', join(articles, 'alias.md'));
    symlinkSync('missing.txt', join(articles, 'gone.txt'));
    symlinkSync('/etc/hostname', join(articles, 'hostname.txt'));
    expect(findArticleFiles(articles, { cwd: content })).toEqual({
      files: [join(articles, 'a.md'), join(articles, 'alias.md')],
      problems: [],
    });
  });

  it('names each problem by its path relative to cwd, in path order', async () => {
    const content = contentWith(['a.md']);
    const articles = join(content, 'articles');
    mkdirSync(join(articles, 'z.md'));
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(articles, 's.md'), resolve));
    symlinkSync('/etc', join(articles, 'etc'));
    const { problems } = findArticleFiles(articles, { cwd: content });
    server.close();
    expect(problems).toEqual([
      {
        file: 'articles/etc',
        field: 'file',
        message:
          'is a link to /etc, outside the content folder; expected a file inside the content folder (or set "content": { "followExternalLinks": true } in _data/site.json)',
        severity: 'error',
      },
      {
        file: 'articles/s.md',
        field: 'file',
        message: 'is a socket; expected a regular markdown file',
        severity: 'error',
      },
      {
        file: 'articles/z.md',
        field: 'file',
        message:
          'is a folder; expected a markdown file (rename the folder so its name does not end in .md)',
        severity: 'error',
      },
    ]);
  });
});
