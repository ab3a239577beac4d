import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtFiles } from '../support/builtFiles.js';
import { generateCorpus } from '../../scripts/bench/generateCorpus.js';
import { fixture, runBuild } from '../support/buildFixture.js';

/** Paths that only one of two outputs has, or whose bytes differ between them. */
function differingFiles(dirA: string, dirB: string): string[] {
  const a = builtFiles(dirA);
  const b = builtFiles(dirB);
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths]
    .filter((path) => {
      const [bytesA, bytesB] = [a.get(path), b.get(path)];
      return !bytesA || !bytesB || !bytesA.equals(bytesB);
    })
    .sort();
}

/** The same site built on the main thread alone and with `threads` build threads. */
async function buildBothWays(site: string, threads: number) {
  const single = await runBuild(site, undefined, { ZIXUN_WORKERS: '0' });
  const threaded = await runBuild(site, undefined, { ZIXUN_WORKERS: String(threads) });
  return { single, threaded };
}

describe('build threads', () => {
  it('write exactly the files a single-threaded build writes', async () => {
    const { single, threaded } = await buildBothWays(fixture('basic'), 3);
    expect(single.code).toBe(0);
    expect(threaded.code).toBe(0);
    expect(differingFiles(single.outDir, threaded.outDir)).toEqual([]);
    expect(builtFiles(single.outDir).size).toBeGreaterThan(40);
  });

  it('write the same files when the main thread renders and a writer thread writes', async () => {
    // 300+ pages: without build threads, the main thread renders and hands files to a writer thread.
    const site = mkdtempSync(join(tmpdir(), 'zixun-writer-'));
    generateCorpus({ count: 250, seed: 7, dir: site });
    const { single, threaded } = await buildBothWays(site, 2);
    expect(single.code).toBe(0);
    expect(threaded.code).toBe(0);
    expect(single.output).toMatch(/250 articles, \d+ pages written/);
    expect(differingFiles(single.outDir, threaded.outDir)).toEqual([]);
    const pages = [...builtFiles(single.outDir).keys()].filter((path) => path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(300);
  });

  it('report content problems from the threads the same way, naming file and field', async () => {
    const { single, threaded } = await buildBothWays(fixture('hostile-broken'), 2);
    expect(single.code).toBe(1);
    expect(threaded.code).toBe(1);
    expect(threaded.output).toBe(single.output.replaceAll(single.outDir, threaded.outDir));
    expect(threaded.output).toContain(': date: ');
  });

  it('let a plain `eleventy` run that fails on content exit instead of hanging', () => {
    const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
    const out = join(mkdtempSync(join(tmpdir(), 'zixun-out-')), '_site');
    const run = spawnSync(
      process.execPath,
      [
        join(projectRoot, 'node_modules/@11ty/eleventy/cmd.cjs'),
        `--input=${fixture('hostile-broken')}`,
        `--output=${out}`,
      ],
      {
        cwd: projectRoot,
        env: { ...process.env, ZIXUN_WORKERS: '2' },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    // Idle threads used to keep the process alive after Eleventy gave up (no eleventy.after).
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toContain('[zixun] the build stopped');
  });
});
