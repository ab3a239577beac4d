import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeSite, runBuild } from '../support/buildFixture.js';

const article = (title: string) =>
  `---\ntitle: ${title}\ndate: 2024-05-28 06:30:01\n---\n\n正文。\n`;

/** The problem lines of a failed build, in the order reported. */
function problemLines(output: string): string[] {
  return output.split('\n').filter((line) => line.startsWith('[zixun] /'));
}

/** A folder outside every site, holding one article and a folder with another. */
function outsideFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zixun-outside-'));
  writeFileSync(join(dir, 'o.md'), article('外部文章'));
  mkdirSync(join(dir, 'more'));
  writeFileSync(join(dir, 'more/m.md'), article('外部目录的文章'));
  return dir;
}

const linkHint =
  'expected a file inside the content folder (or set "content": { "followExternalLinks": true } in _data/site.json)';

describe('only regular files are articles', () => {
  it.each(['0', '2'])(
    'reports every unusual entry in one run, reading none of them (ZIXUN_WORKERS=%s)',
    async (workers) => {
      const site = makeSite(
        {
          'a.md': article('正常文章'),
          'big.md': article('太大') + '正文'.repeat(500),
          'a\\b.md': article('反斜杠'),
          'x.md/inner.md': article('文件夹里的文章'),
        },
        { content: { maxArticleBytes: 1000 } },
      );
      const articles = join(site, 'articles');
      const outside = outsideFolder();
      execFileSync('mkfifo', [join(articles, 'f.md')]);
      symlinkSync('/dev/zero', join(articles, 'z.md'));
      symlinkSync('missing.md', join(articles, 'gone.md'));
      symlinkSync('loop.md', join(articles, 'loop.md'));
      symlinkSync(join(outside, 'o.md'), join(articles, 'outside.md'));
      symlinkSync(join(outside, 'more'), join(articles, 'outdir'));

      const started = performance.now();
      const build = await runBuild(site, undefined, { ZIXUN_WORKERS: workers });
      expect(performance.now() - started).toBeLessThan(30_000);
      expect(build.code, build.output).toBe(1);
      expect(problemLines(build.output)).toEqual([
        `[zixun] ${articles}/a\\b.md: file: the name "a\\\\b.md" contains a backslash or a control character; expected a name without them, since it becomes part of the URL`,
        `[zixun] ${articles}/big.md: file: is 3,059 bytes; expected at most 1,000 bytes (content.maxArticleBytes in _data/site.json)`,
        `[zixun] ${articles}/f.md: file: is a FIFO (named pipe); expected a regular markdown file`,
        `[zixun] ${articles}/gone.md: file: is a link to "missing.md", which does not exist; expected a link to an existing markdown file`,
        `[zixun] ${articles}/loop.md: file: is a link that loops back on itself; expected a link to an existing markdown file`,
        `[zixun] ${articles}/outdir: file: is a link to ${join(outside, 'more')}, outside the content folder; ${linkHint}`,
        `[zixun] ${articles}/outside.md: file: is a link to ${join(outside, 'o.md')}, outside the content folder; ${linkHint}`,
        `[zixun] ${articles}/x.md: file: is a folder; expected a markdown file (rename the folder so its name does not end in .md)`,
        `[zixun] ${articles}/z.md: file: is a link to /dev/zero, outside the content folder; ${linkHint}`,
      ]);
      expect(build.output).toContain('the build stopped: 9 problems in the content');
      expect(build.output).not.toMatch(/\n\s+at /);
    },
  );

  it('follows links inside the content folder, and outside it only when the site allows', async () => {
    const site = makeSite({ 'sub/b.md': article('子目录文章') });
    const articles = join(site, 'articles');
    mkdirSync(join(site, 'library'));
    writeFileSync(join(site, 'library/c.md'), article('资料库文章'));
    symlinkSync('sub/b.md', join(articles, 'alias.md'));
    symlinkSync('../library', join(articles, 'lib'));
    // A link back to an ancestor folder is a loop the walk must not follow forever.
    symlinkSync('..', join(articles, 'sub/again'));
    const inside = await runBuild(site);
    expect(inside.code, inside.output).toBe(0);
    expect(inside.page('/2024/05/28/alias/index.html')('h1').text()).toBe('子目录文章');
    expect(inside.page('/2024/05/28/b/index.html')('h1').text()).toBe('子目录文章');
    expect(inside.page('/2024/05/28/c/index.html')('h1').text()).toBe('资料库文章');

    const outside = outsideFolder();
    symlinkSync(join(outside, 'o.md'), join(articles, 'o.md'));
    symlinkSync(join(outside, 'more'), join(articles, 'more'));
    symlinkSync('/dev/zero', join(articles, 'z.md'));
    writeFileSync(
      join(site, '_data/site.json'),
      JSON.stringify({
        title: '站',
        url: 'https://test.example.com',
        content: { followExternalLinks: true },
      }),
    );
    const allowed = await runBuild(site);
    expect(allowed.code, allowed.output).toBe(1);
    expect(problemLines(allowed.output)).toEqual([
      `[zixun] ${articles}/z.md: file: is a link to a character device (/dev/zero); expected a regular markdown file`,
    ]);
    execFileSync('rm', [join(articles, 'z.md')]);
    const published = await runBuild(site);
    expect(published.code, published.output).toBe(0);
    expect(published.page('/2024/05/28/o/index.html')('h1').text()).toBe('外部文章');
    expect(published.page('/2024/05/28/m/index.html')('h1').text()).toBe('外部目录的文章');
  });

  it('checks content.maxArticleBytes like every other setting', async () => {
    const site = makeSite(
      { 'a.md': article('文章') },
      { content: { maxArticleBytes: 0, followExternalLinks: 'yes' } },
    );
    const build = await runBuild(site);
    expect(build.code).toBe(1);
    expect(problemLines(build.output)).toEqual([
      `[zixun] ${join(site, '_data/site.json')}: content.maxArticleBytes: found number 0; expected a whole number of bytes, at least 1 (the default is 8000000, 8 MB)`,
      `[zixun] ${join(site, '_data/site.json')}: content.followExternalLinks: found "yes"; expected true or false`,
    ]);
  });

  // The build runs as root in CI, where every file is readable; as nobody, mode 000 means unreadable.
  it('reports unreadable files and folders, all in one run', async () => {
    const site = makeSite({
      'a.md': article('正常文章'),
      'secret.md': article('读不到'),
      'locked/c.md': article('锁住的目录'),
    });
    const articles = join(site, 'articles');
    chmodSync(site, 0o755);
    chmodSync(join(articles, 'secret.md'), 0o000);
    chmodSync(join(articles, 'locked'), 0o000);
    const out = mkdtempSync(join(tmpdir(), 'zixun-out-'));
    chmodSync(out, 0o777);
    const asNobody = process.getuid?.() === 0;
    const build = await new Promise<{ code: number; output: string }>((resolve) => {
      const node = [
        process.execPath,
        'dist/cli/build.js',
        '--input',
        site,
        '--output',
        join(out, '_site'),
      ];
      const [command, ...args] = asNobody
        ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...node]
        : node;
      execFile(
        command ?? '',
        args,
        { cwd: fileURLToPath(new URL('../../', import.meta.url)), timeout: 60_000 },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
          resolve({ code, output: stdout + stderr });
        },
      );
    });
    expect(build.code, build.output).toBe(1);
    expect(problemLines(build.output)).toEqual([
      `[zixun] ${articles}/locked: folder: could not be read (permission denied); expected a folder the build can read`,
      `[zixun] ${articles}/secret.md: file: could not be read (permission denied); expected a file the build can read`,
    ]);
    expect(build.output).not.toMatch(/\n\s+at /);
  });
});
