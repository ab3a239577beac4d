import { execFile, execFileSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeSite, runBuild } from '../support/buildFixture.js';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

const article = (title: string, body = '正文。') =>
  `---\ntitle: ${title}\ndate: 2024-05-28 06:30:01\n---\n\n${body}\n`;

// A 1×1 PNG, so the article page can show that image sizes are still read.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const linkHint =
  'expected a file inside the content folder (or set "content": { "followExternalLinks": true } in _data/site.json)';

/** The problem lines of a failed build, in the order reported. */
function problemLines(output: string): string[] {
  return output.split('\n').filter((line) => line.startsWith('[zixun] /'));
}

/** Runs the build CLI, killing it after `timeout` ms so a hang fails the test instead of stalling it. */
function buildWithin(
  site: string,
  outDir: string,
  timeout: number,
): Promise<{ code: number | null; killed: boolean; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['dist/cli/build.js', '--input', site, '--output', outDir],
      { cwd: projectRoot, timeout, killSignal: 'SIGKILL' },
      (error, stdout, stderr) => {
        const killed = Boolean(error?.killed);
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, killed, output: stdout + stderr });
      },
    );
  });
}

describe('only regular files are published from content/images/', () => {
  it('reports every unusual image entry with the article problems in one run, opening none', async () => {
    const site = makeSite({ 'a.md': article('正常文章') });
    const articles = join(site, 'articles');
    const images = join(site, 'images');
    mkdirSync(join(images, 'sub'), { recursive: true });
    writeFileSync(join(images, 'ok.png'), png);
    writeFileSync(join(images, 'a\\b.png'), png);
    const outside = mkdtempSync(join(tmpdir(), 'zixun-outside-'));
    mkdirSync(join(outside, 'keys'));
    writeFileSync(join(outside, 'keys/id'), 'secret');
    execFileSync('mkfifo', [join(images, 'f.png')]);
    execFileSync('mkfifo', [join(images, 'sub/g.png')]);
    execFileSync('mkfifo', [join(articles, 'f.md')]);
    symlinkSync('/dev/zero', join(images, 'z.png'));
    symlinkSync('/etc/passwd', join(images, 'passwd.png'));
    symlinkSync(join(outside, 'keys'), join(images, 'keys'));
    symlinkSync('missing.png', join(images, 'gone.png'));
    symlinkSync('loop.png', join(images, 'loop.png'));
    const outDir = join(mkdtempSync(join(tmpdir(), 'zixun-out-')), '_site');

    const build = await buildWithin(site, outDir, 20_000);
    expect(build.killed, 'the build hung and was killed').toBe(false);
    expect(build.code, build.output).toBe(1);
    expect(problemLines(build.output)).toEqual([
      `[zixun] ${articles}/f.md: file: is a FIFO (named pipe); expected a regular markdown file`,
      `[zixun] ${images}/a\\b.png: file: the name "a\\\\b.png" contains a backslash or a control character; expected a name without them, since it becomes part of the URL`,
      `[zixun] ${images}/f.png: file: is a FIFO (named pipe); expected a regular file`,
      `[zixun] ${images}/gone.png: file: is a link to "missing.png", which does not exist; expected a link to an existing file`,
      `[zixun] ${images}/keys: file: is a link to ${join(outside, 'keys')}, outside the content folder; ${linkHint}`,
      `[zixun] ${images}/loop.png: file: is a link that loops back on itself; expected a link to an existing file`,
      `[zixun] ${images}/passwd.png: file: is a link to /etc/passwd, outside the content folder; ${linkHint}`,
      `[zixun] ${images}/sub/g.png: file: is a FIFO (named pipe); expected a regular file`,
      `[zixun] ${images}/z.png: file: is a link to /dev/zero, outside the content folder; ${linkHint}`,
    ]);
    expect(build.output).toContain('the build stopped: 9 problems in the content');
    expect(build.output).not.toMatch(/\n\s+at /);
    expect(readdirSync(dirname(outDir))).toEqual([]);
  }, 30_000);

  it('reports a device behind an allowed external link, and never copies it', async () => {
    const site = makeSite(
      { 'a.md': article('正常文章') },
      { content: { followExternalLinks: true } },
    );
    const images = join(site, 'images');
    mkdirSync(images);
    symlinkSync('/dev/zero', join(images, 'z.png'));
    const outDir = join(mkdtempSync(join(tmpdir(), 'zixun-out-')), '_site');
    const build = await buildWithin(site, outDir, 20_000);
    expect(build.killed, 'the build hung and was killed').toBe(false);
    expect(build.code, build.output).toBe(1);
    expect(problemLines(build.output)).toEqual([
      `[zixun] ${images}/z.png: file: is a link to a character device (/dev/zero); expected a regular file`,
    ]);
    expect(existsSync(outDir)).toBe(false);
  }, 30_000);

  it('copies regular files and the files behind links inside the content folder, as files', async () => {
    const site = makeSite({ 'a.md': article('有图', '![图](/images/alias.png)') });
    const images = join(site, 'images');
    mkdirSync(join(images, 'sub'), { recursive: true });
    writeFileSync(join(images, 'a.png'), png);
    writeFileSync(join(images, 'sub/图.png'), png);
    writeFileSync(join(images, '.hidden.png'), png);
    mkdirSync(join(site, 'library'));
    writeFileSync(join(site, 'library/c.png'), png);
    symlinkSync('a.png', join(images, 'alias.png'));
    symlinkSync('../library', join(images, 'lib'));
    // A link back to an ancestor folder is a loop the walk must not follow forever.
    symlinkSync('..', join(images, 'sub/again'));

    const build = await runBuild(site);
    expect(build.code, build.output).toBe(0);
    for (const path of ['a.png', 'alias.png', 'sub/图.png', 'lib/c.png']) {
      const file = join(build.outDir, 'images', path);
      expect(lstatSync(file).isFile(), path).toBe(true);
      expect(readFileSync(file).equals(png), path).toBe(true);
    }
    expect(existsSync(join(build.outDir, 'images/.hidden.png'))).toBe(false);
    expect(existsSync(join(build.outDir, 'images/sub/again'))).toBe(false);
    const img = build.page('/2024/05/28/a/index.html')('article img');
    expect([img.attr('width'), img.attr('height')]).toEqual(['1', '1']);
  });

  it('copies the file behind a link outside the content folder only when the site allows', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'zixun-outside-'));
    writeFileSync(join(outside, 'o.png'), png);
    const site = makeSite(
      { 'a.md': article('正常文章') },
      { content: { followExternalLinks: true } },
    );
    mkdirSync(join(site, 'images'));
    symlinkSync(join(outside, 'o.png'), join(site, 'images/o.png'));
    const build = await runBuild(site);
    expect(build.code, build.output).toBe(0);
    const file = join(build.outDir, 'images/o.png');
    expect(lstatSync(file).isFile()).toBe(true);
    expect(readFileSync(file).equals(png)).toBe(true);
  });
});
