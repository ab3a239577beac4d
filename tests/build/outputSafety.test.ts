import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeSite, runBuild } from '../support/buildFixture.js';
import { treeSnapshot } from '../support/treeSnapshot.js';

const good = '---\ntitle: 正常文章\ndate: 2024-05-28 06:30:01\n---\n\n正文。\n';
const buildCli = fileURLToPath(new URL('../../dist/cli/build.js', import.meta.url));

/** Runs the CLI from another working folder, as `npm run build -- --input … --output …` would. */
function buildIn(
  cwd: string,
  input: string,
  output: string,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [buildCli, '--input', input, '--output', output],
      { cwd },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr });
      },
    );
  });
}

/** A site in `<tmp>/in` next to an editor's file, so the parent can be given as an output too. */
function siteWithParent(): { parent: string; input: string } {
  const parent = mkdtempSync(join(tmpdir(), 'zixun-safety-'));
  const input = join(parent, 'in');
  cpSync(makeSite({ 'a.md': good }), input, { recursive: true });
  writeFileSync(join(parent, 'notes.txt'), '编辑的笔记\n');
  return { parent, input };
}

describe('the build refuses an output it did not write, and touches nothing', () => {
  it('output equal to the input', async () => {
    const { parent, input } = siteWithParent();
    const before = treeSnapshot(parent);
    const build = await runBuild(input, input);
    expect(build.code).toBe(1);
    expect(build.output.trim()).toBe(
      `[zixun] ${input}: the output is the input folder; expected a folder outside ${input}, such as _site next to it`,
    );
    expect(treeSnapshot(parent)).toEqual(before);
  });

  it('output containing the input (its parent)', async () => {
    const { parent, input } = siteWithParent();
    const before = treeSnapshot(parent);
    const build = await runBuild(input, parent);
    expect(build.code).toBe(1);
    expect(build.output.trim()).toBe(
      `[zixun] ${parent}: the output contains the input folder ${input}; expected a folder outside ${input}, such as _site next to it`,
    );
    expect(treeSnapshot(parent)).toEqual(before);
  });

  it('output inside the input, written with ..', async () => {
    const { parent, input } = siteWithParent();
    const before = treeSnapshot(parent);
    const output = `${input}/articles/../_site`;
    const build = await runBuild(input, output);
    expect(build.code).toBe(1);
    expect(build.output.trim()).toBe(
      `[zixun] ${output}: the output is inside the input folder ${input}; expected a folder outside ${input}, such as _site next to it`,
    );
    expect(treeSnapshot(parent)).toEqual(before);
  });

  it('output that is a symbolic link to the input', async () => {
    const { parent, input } = siteWithParent();
    symlinkSync(input, join(parent, 'link'));
    const before = treeSnapshot(parent);
    const build = await runBuild(input, join(parent, 'link'));
    expect(build.code).toBe(1);
    expect(build.output.trim()).toBe(
      `[zixun] ${join(parent, 'link')}: the output is the input folder; expected a folder outside ${input}, such as _site next to it`,
    );
    expect(treeSnapshot(parent)).toEqual(before);
  });

  it('--output . run from the folder holding the input', async () => {
    const { parent } = siteWithParent();
    const before = treeSnapshot(parent);
    const build = await buildIn(parent, 'in', '.');
    expect(build.code).toBe(1);
    expect(build.output.trim()).toBe(
      '[zixun] .: the output contains the input folder in; expected a folder outside in, such as _site next to it',
    );
    expect(treeSnapshot(parent)).toEqual(before);
  });

  it('output that is a file', async () => {
    const { parent, input } = siteWithParent();
    const before = treeSnapshot(parent);
    const build = await runBuild(input, join(parent, 'notes.txt'));
    expect(build.code).toBe(1);
    expect(build.output.trim()).toBe(
      `[zixun] ${join(parent, 'notes.txt')}: found a file; expected a folder for the site (or a name that does not exist yet)`,
    );
    expect(treeSnapshot(parent)).toEqual(before);
  });

  it('a non-empty folder no build wrote, even one with an index.html', async () => {
    const { parent, input } = siteWithParent();
    mkdirSync(join(parent, 'docs'));
    writeFileSync(join(parent, 'docs/index.html'), '<!doctype html><title>别人的网站</title>');
    writeFileSync(join(parent, 'docs/404.html'), '<!doctype html><title>404</title>');
    writeFileSync(join(parent, 'docs/sitemap.xml'), '<urlset/>');
    const before = treeSnapshot(parent);
    const build = await runBuild(input, join(parent, 'docs'));
    expect(build.code).toBe(1);
    expect(build.output.trim()).toBe(
      `[zixun] ${join(parent, 'docs')}: found a folder that no Zixun build wrote; expected an earlier build, an empty folder or a new name (nothing was changed)`,
    );
    expect(treeSnapshot(parent)).toEqual(before);
  });
});

describe('the build replaces what it can prove is a build', () => {
  it('marks its output, and rebuilds into it again and again, leaving nothing beside it', async () => {
    const site = makeSite({ 'a.md': good });
    const first = await runBuild(site);
    expect(first.code, first.output).toBe(0);
    expect(JSON.parse(first.read('.zixun-build.json'))).toEqual({
      generator: 'zixun',
      state: 'complete',
    });
    // The marker is bookkeeping: not counted, not precached, not in the host rules.
    expect(first.read('sw.js')).not.toContain('zixun-build');
    expect(first.read('_headers')).not.toContain('zixun-build');
    for (let i = 0; i < 2; i++) {
      const again = await runBuild(site, first.outDir);
      expect(again.code, again.output).toBe(0);
    }
    expect(readdirSync(join(first.outDir, '..'))).toEqual(['_site']);
  });

  it('an empty folder', async () => {
    const site = makeSite({ 'a.md': good });
    const outDir = mkdtempSync(join(tmpdir(), 'zixun-empty-'));
    const build = await runBuild(site, outDir);
    expect(build.code, build.output).toBe(0);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
  });

  it('a _site from a build before the marker (recognised by its index.html, 404.html and sitemap.xml)', async () => {
    const site = makeSite({ 'a.md': good });
    const first = await runBuild(site);
    rmSync(join(first.outDir, '.zixun-build.json'));
    writeFileSync(join(first.outDir, 'stale.html'), 'from the old build');
    const second = await runBuild(site, first.outDir);
    expect(second.code, second.output).toBe(0);
    expect(existsSync(join(first.outDir, 'stale.html'))).toBe(false);
    expect(existsSync(join(first.outDir, '.zixun-build.json'))).toBe(true);
  });
});
