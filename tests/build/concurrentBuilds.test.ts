import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeSite, runBuild } from '../support/buildFixture.js';
import { treeSnapshot } from '../support/treeSnapshot.js';

const buildCli = fileURLToPath(new URL('../../dist/cli/build.js', import.meta.url));
// Above the kernel's largest pid (2^22), so never alive.
const deadPid = 4_194_305;

/** Twelve articles, so a site missing pages shows. */
function site(): string {
  const articles: Record<string, string> = {};
  for (let i = 1; i <= 12; i++) {
    articles[`a${i}.md`] =
      `---\ntitle: 文章${i}\ndate: 2024-05-${String(i).padStart(2, '0')} 06:30\n---\n\n正文${i}。\n`;
  }
  return makeSite(articles);
}

/** Starts a build and resolves with its exit code and output when it ends. */
function startBuild(input: string, output: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [buildCli, '--input', input, '--output', output], {
    env: { ...process.env, ...env },
  });
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const done = new Promise<{ code: number; output: string }>((resolve) => {
    child.once('close', (code) => resolve({ code: code ?? 1, output: text }));
  });
  return { child, done, text: () => text };
}

function articlePages(outDir: string): string[] {
  return readdirSync(join(outDir, '2024/05'), { recursive: true, encoding: 'utf8' }).filter(
    (name) => name.endsWith('index.html'),
  );
}

describe('two builds into one output', () => {
  it('started together: both succeed one after the other, and the site is whole', async () => {
    const input = site();
    const reference = await runBuild(input);
    expect(reference.code, reference.output).toBe(0);
    const outDir = join(reference.outDir, '..', 'twice', '_site');
    const first = startBuild(input, outDir);
    const second = startBuild(input, outDir);
    const results = await Promise.all([first.done, second.done]);
    expect(results.map((result) => result.code)).toEqual([0, 0]);
    expect(results.flatMap((result) => result.output.split('\n'))).not.toContainEqual(
      expect.stringMatching(/^\s+at |ENOTEMPTY|ENOENT/),
    );
    expect(articlePages(outDir)).toHaveLength(12);
    expect(Object.keys(treeSnapshot(outDir))).toEqual(Object.keys(treeSnapshot(reference.outDir)));
    expect(readdirSync(join(outDir, '..'))).toEqual(['_site']);
  });

  it('the second waits while the first holds the lock, says so once, then builds', async () => {
    const input = site();
    const outDir = join(makeSite({}), 'out', '_site');
    mkdirSync(join(outDir, '..'));
    // A live process holding the lock stands in for a first build, so the wait is certain.
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    writeFileSync(`${outDir}.lock`, `${holder.pid}\n`);
    const second = startBuild(input, outDir);
    await waitFor(() => second.text().includes('waiting'));
    // The first build ends: its lock goes.
    rmSync(`${outDir}.lock`);
    holder.kill();
    const result = await second.done;
    expect(result.code, result.output).toBe(0);
    const lines = result.output.trim().split('\n');
    expect(lines[0]).toBe(
      `[zixun] ${outDir}: another build (pid ${holder.pid}) is writing it; waiting for it to finish`,
    );
    expect(lines[1]).toMatch(/^\[zixun\] 12 articles, /);
    expect(lines).toHaveLength(2);
    expect(articlePages(outDir)).toHaveLength(12);
    expect(readdirSync(join(outDir, '..'))).toEqual(['_site']);
  });

  it('stops with a clear line when a live build holds the lock too long, touching nothing', async () => {
    const input = site();
    const first = await runBuild(input);
    // This test's own process stands in for a live build.
    writeFileSync(`${first.outDir}.lock`, `${process.pid}\n`);
    const before = treeSnapshot(join(first.outDir, '..'));
    const second = await runBuild(input, first.outDir, { ZIXUN_LOCK_WAIT_MS: '300' });
    expect(second.code).toBe(1);
    const lines = second.output.trim().split('\n');
    expect(lines[0]).toBe(
      `[zixun] ${first.outDir}: another build (pid ${process.pid}) is writing it; waiting for it to finish`,
    );
    expect(lines[1]).toMatch(
      new RegExp(
        `^\\[zixun\\] ${first.outDir}: another build \\(pid ${process.pid}\\) has been writing it for \\d+ s; expected one build at a time \\(stop it, or delete ${first.outDir}\\.lock if no build is running\\)$`,
      ),
    );
    expect(lines).toHaveLength(2);
    expect(treeSnapshot(join(first.outDir, '..'))).toEqual(before);
  });

  it("takes over a killed build's lock, and removes only the temporary folders it can prove dead builds wrote", async () => {
    const input = site();
    const first = await runBuild(input);
    const parent = join(first.outDir, '..');
    writeFileSync(`${first.outDir}.lock`, `${deadPid}\n`);
    const marker = (pid: number) => JSON.stringify({ generator: 'zixun', state: 'building', pid });
    // A dead build's temporary folder, with its marker: removed.
    mkdirSync(`${first.outDir}.tmp-${deadPid}/2024`, { recursive: true });
    writeFileSync(`${first.outDir}.tmp-${deadPid}/.zixun-build.json`, marker(deadPid));
    // A live process's (this test's): left alone.
    mkdirSync(`${first.outDir}.tmp-${process.pid}`);
    writeFileSync(`${first.outDir}.tmp-${process.pid}/.zixun-build.json`, marker(process.pid));
    // No marker, so no proof: left alone.
    mkdirSync(`${first.outDir}.tmp-${deadPid - 1}`);
    writeFileSync(`${first.outDir}.tmp-${deadPid - 1}/mine.txt`, '不是构建写的');
    const second = await runBuild(input, first.outDir);
    expect(second.code, second.output).toBe(0);
    expect(second.output.trim().split('\n').slice(0, -1)).toEqual([
      `[zixun] warning: ${first.outDir}.tmp-${deadPid - 1}: left alone, since nothing in it proves a build wrote it; delete it by hand if it is a leftover`,
    ]);
    expect(readdirSync(parent).sort()).toEqual(
      ['_site', `_site.tmp-${deadPid - 1}`, `_site.tmp-${process.pid}`].sort(),
    );
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(condition()).toBe(true);
}
