import { execFile, execFileSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSite, runBuild } from '../support/buildFixture.js';
import { treeSnapshot } from '../support/treeSnapshot.js';

const buildCli = fileURLToPath(new URL('../../dist/cli/build.js', import.meta.url));
const good =
  '---\ntitle: 正常文章\ndate: 2024-05-28 06:30:01\nimage: /images/a.png\nimageAlt: 图\n---\n\n正文。\n';
const bad = '---\ntitle: 坏\ndate: 2024-02-30\n---\n正文\n';
const deadPid = 4_194_305;
const isRoot = process.getuid?.() === 0;
// Root ignores file permissions, and CI runs as root: permission faults run as user nobody.
const asNobody = isRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
const noStack: unknown = expect.not.stringMatching(/^\s+at |\n\s+at /m);

/** A small site with an image (so Eleventy has a passthrough copy in flight), readable by anyone. */
function site(articles: Record<string, string> = { 'a.md': good }): string {
  const dir = makeSite(articles);
  mkdirSync(join(dir, 'images'));
  // A 1×1 PNG.
  writeFileSync(
    join(dir, 'images/a.png'),
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    ),
  );
  execFileSync('chmod', ['-R', 'a+rX', dir]);
  return dir;
}

/** A folder user nobody may write to. */
function sharedFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zixun-fault-'));
  chmodSync(dir, 0o777);
  return dir;
}

const iconCache = sharedFolder();

/** Runs the CLI as user nobody (when the tests run as root). */
function runAsNobody(input: string, output: string): Promise<{ code: number; output: string }> {
  const [command, ...args] = [
    ...asNobody,
    process.execPath,
    buildCli,
    '--input',
    input,
    '--output',
    output,
  ];
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { env: { ...process.env, ZIXUN_CACHE_DIR: iconCache } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr });
      },
    );
  });
}

const restore: string[] = [];
afterAll(() => {
  for (const dir of restore) execFileSync('chmod', ['-R', 'u+w', dir]);
});

describe('faults of the machine end in one line naming the cause and the folder', () => {
  it('a read-only parent folder', async () => {
    const parent = sharedFolder();
    const readOnly = join(parent, 'ro');
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o555);
    const build = await runAsNobody(site(), join(readOnly, '_site'));
    expect(build.code).toBe(1);
    expect(build.output.trim()).toBe(
      `[zixun] ${readOnly}: permission denied (EACCES, open); expected a folder this user may write to`,
    );
    expect(readdirSync(readOnly)).toEqual([]);
  });

  it('an output folder this user may not read', async () => {
    const parent = sharedFolder();
    const outDir = join(parent, '_site');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'private.txt'), '别人的文件');
    chmodSync(outDir, 0o700);
    const build = await runAsNobody(site(), outDir);
    expect(build.code).toBe(1);
    expect(build.output.trim()).toBe(
      `[zixun] ${outDir}: permission denied (EACCES, scandir); expected a folder this user may write to`,
    );
    expect(readdirSync(parent)).toEqual(['_site']);
    expect(readdirSync(outDir)).toEqual(['private.txt']);
  });

  // Needs two users: root builds the site, nobody may not move it.
  it.skipIf(!isRoot)(
    'a previous _site this user may not move: the swap fails, the old site and its folder stay as they were',
    async () => {
      // In a sticky folder (like /tmp) only a folder's owner may rename it.
      const parent = sharedFolder();
      chmodSync(parent, 0o1777);
      const outDir = join(parent, '_site');
      const input = site();
      const first = await runBuild(input, outDir);
      expect(first.code, first.output).toBe(0);
      const before = treeSnapshot(parent);
      const second = await runAsNobody(input, outDir);
      expect(second.code).toBe(1);
      expect(second.output.trim().split('\n')).toEqual([
        `[zixun] ${outDir}: operation not permitted (EPERM, rename); expected a folder this user may write to`,
        `[zixun] nothing was written; ${outDir} is unchanged`,
      ]);
      expect(treeSnapshot(parent)).toEqual(before);
    },
  );

  it('a read-only previous _site: the new site goes in, the old one stays aside, later builds still work', async () => {
    const parent = sharedFolder();
    const outDir = join(parent, '_site');
    const input = site();
    const first = await runAsNobody(input, outDir);
    expect(first.code, first.output).toBe(0);
    execFileSync('chmod', ['-R', 'a-w', join(outDir, 'assets')]);
    restore.push(parent);
    const second = await runAsNobody(input, outDir);
    expect(second.code, second.output).toBe(0);
    const lines = second.output.trim().split('\n');
    expect(lines[0]).toMatch(
      new RegExp(
        `^\\[zixun\\] warning: ${outDir}\\.old-\\d+: the previous site could not be removed \\(EACCES\\); the new one is in place, later builds retry$`,
      ),
    );
    expect(lines[1]).toMatch(/^\[zixun\] 1 articles?, /);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    const third = await runAsNobody(input, outDir);
    expect(third.code, third.output).toBe(0);
    expect(third.output).toMatch(
      /\[zixun\] warning: \S+\.old-\d+: could not remove this leftover of an earlier build \(EACCES\); the build goes on, remove it by hand\n/,
    );
    expect(third.output).toEqual(noStack);
    expect(readdirSync(parent).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it.skipIf(!isRoot)(
    'a full disk: the previous site stays, the temporary folder goes',
    async () => {
      const mountPoint = mkdtempSync(join(tmpdir(), 'zixun-tmpfs-'));
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mountPoint]);
      try {
        const outDir = join(mountPoint, '_site');
        const input = site();
        const first = await runBuild(input, outDir);
        expect(first.code, first.output).toBe(0);
        const before = treeSnapshot(outDir);
        const filler = fillDisk(join(mountPoint, 'filler'), 96 * 1024);
        const second = await runBuild(input, outDir);
        expect(second.code).toBe(1);
        const lines = second.output.trim().split('\n');
        expect(lines[0]).toMatch(
          new RegExp(
            `^\\[zixun\\] ${outDir}\\.tmp-\\d+(/\\S*)?: no space left on the device \\(ENOSPC, \\w+\\); expected enough free space for the whole site$`,
          ),
        );
        expect(lines.slice(1)).toEqual([`[zixun] nothing was written; ${outDir} is unchanged`]);
        expect(treeSnapshot(outDir)).toEqual(before);
        expect(readdirSync(mountPoint).sort()).toEqual(['_site', 'filler']);
        rmSync(filler);
        const third = await runBuild(input, outDir);
        expect(third.code, third.output).toBe(0);
      } finally {
        execFileSync('umount', [mountPoint]);
      }
    },
  );
});

describe('a failed or interrupted build is told truly and recovered', () => {
  it('a failing build leaves nothing beside the output, not even copied images', async () => {
    const first = await runBuild(site());
    const before = treeSnapshot(first.outDir);
    const second = await runBuild(site({ 'a.md': good, 'b.md': bad }), first.outDir);
    expect(second.code).toBe(1);
    expect(second.output.trim().split('\n').at(-1)).toBe(
      `[zixun] nothing was written; ${first.outDir} is unchanged`,
    );
    expect(second.output).toEqual(noStack);
    // Eleventy's image copy may still be running when the error arrives.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(readdirSync(join(first.outDir, '..'))).toEqual(['_site']);
    expect(treeSnapshot(first.outDir)).toEqual(before);
  });

  it('a build killed between its two renames: the next build puts the site back and says so', async () => {
    const first = await runBuild(site());
    const before = treeSnapshot(first.outDir);
    renameSync(first.outDir, `${first.outDir}.old-${deadPid}`);
    const second = await runBuild(site({ 'a.md': good, 'b.md': bad }), first.outDir);
    expect(second.code).toBe(1);
    const lines = second.output.trim().split('\n');
    expect(lines[0]).toBe(
      `[zixun] ${first.outDir}: was missing after an interrupted build; restored it from _site.old-${deadPid}`,
    );
    expect(lines.at(-1)).toBe(`[zixun] nothing was written; ${first.outDir} is unchanged`);
    expect(treeSnapshot(first.outDir)).toEqual(before);
    expect(readdirSync(join(first.outDir, '..'))).toEqual(['_site']);
  });

  it('a failing first build says the output was not created', async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'zixun-new-')), '_site');
    const build = await runBuild(site({ 'b.md': bad }), outDir);
    expect(build.code).toBe(1);
    expect(build.output.trim().split('\n').at(-1)).toBe(
      `[zixun] nothing was written; ${outDir} was not created`,
    );
    expect(readdirSync(join(outDir, '..'))).toEqual([]);
  });
});

describe('an internal error prints one line, and the stack only with ZIXUN_DEBUG=1', () => {
  const input = site();
  writeFileSync(
    join(input, '_data/boom.cjs'),
    'module.exports = () => { throw new Error("数据出错"); };',
  );

  it('without ZIXUN_DEBUG', async () => {
    const build = await runBuild(input);
    expect(build.code).toBe(1);
    expect(build.output.trim().split('\n')).toEqual([
      '[zixun] the build failed: 数据出错; run with ZIXUN_DEBUG=1 to see the stack',
      `[zixun] nothing was written; ${build.outDir} was not created`,
    ]);
  });

  it('with ZIXUN_DEBUG=1', async () => {
    const build = await runBuild(input, undefined, { ZIXUN_DEBUG: '1' });
    expect(build.code).toBe(1);
    expect(build.output).toContain('[zixun] the build failed: 数据出错\n');
    expect(build.output).toMatch(/\n\s+at .*boom\.cjs/);
  });
});

// Fills a disk with one file, then frees `spare` bytes of it; returns the file.
function fillDisk(path: string, spare: number): string {
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  let size = 0;
  try {
    for (;;) size += writeSync(fd, chunk);
  } catch {
    // ENOSPC: the disk is full.
  }
  ftruncateSync(fd, Math.max(0, size - spare));
  closeSync(fd);
  return path;
}
