import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSite } from '../support/buildFixture.js';
import { freePort } from '../support/freePort.js';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const eleventyCli = join(projectRoot, 'node_modules/@11ty/eleventy/cmd.cjs');
// Plain text whatever the terminal running the tests asks for.
const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
delete env.DEBUG;
delete env.ZIXUN_DEBUG;

const bad = '---\ntitle: 坏日期\ndate: 2024-02-30\n---\n正文。\n';
const tagged = '---\ntitle: 带标签\ndate: 2024-05-28 06:30:01\ntags: [AI]\n---\n正文。\n';
const tagsWarning = (site: string) =>
  `[zixun] warning: ${join(site, 'articles/tagged.md')}: tags: is an Eleventy setting, which articles ignore (they are not Eleventy templates): put keywords in "keywords", e.g. keywords: [人工智能], which make the keyword pages /tags/<keyword>/`;
const dateError = (site: string) =>
  `[zixun] ${join(site, 'articles/bad.md')}: date: "2024-02-30" is not a real date (February 2024 has 29 days)`;

const outDir = () => join(mkdtempSync(join(tmpdir(), 'zixun-cli-')), '_site');
const lines = (output: string) => output.split('\n').filter((line) => line.trim() !== '');
const stackFrames = (output: string) => lines(output).filter((line) => /^\s+at /.test(line));

/** Runs the plain Eleventy CLI from the project root, as `npx @11ty/eleventy` does. */
function eleventy(
  args: string[],
  extraEnv: Record<string, string> = {},
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [eleventyCli, ...args],
      { cwd: projectRoot, env: { ...env, ...extraEnv } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, output: stdout + stderr });
      },
    );
  });
}

describe('the Eleventy CLI prints Zixun errors and warnings, with no stack trace', () => {
  it('a content error: the warnings, the problem lines, exit code 1, nothing else', async () => {
    const site = makeSite({ 'bad.md': bad, 'tagged.md': tagged });
    const run = await eleventy([`--input=${site}`, `--output=${outDir()}`]);
    expect(run.code).toBe(1);
    expect(lines(run.output)).toEqual([
      tagsWarning(site),
      '[zixun] the build stopped: 1 problem in the content',
      dateError(site),
    ]);
    expect(stackFrames(run.output)).toEqual([]);
  });

  it('a warning in a build that succeeds: shown once', async () => {
    const site = makeSite({ 'tagged.md': tagged });
    const out = outDir();
    const run = await eleventy(['--quiet', `--input=${site}`, `--output=${out}`]);
    expect(run.code).toBe(0);
    expect(lines(run.output).filter((line) => line.startsWith('[zixun]'))).toEqual([
      tagsWarning(site),
    ]);
    expect(existsSync(join(out, '2024/05/28/tagged/index.html'))).toBe(true);
  });

  it('an error Zixun raises for the user: its message alone', async () => {
    const site = makeSite({ 'tagged.md': tagged.replace('tags: [AI]\n', '') });
    const run = await eleventy([`--input=${site}`, `--output=${outDir()}`], {
      ZIXUN_WORKERS: 'many',
    });
    expect(run.code).toBe(1);
    expect(lines(run.output)).toEqual([
      '[zixun] ZIXUN_WORKERS: found "many"; expected a whole number, 0 or more',
    ]);
  });
});

describe('the Eleventy CLI with a fault that is not in the content', () => {
  // A file where a folder of article pages must go: Eleventy writes its own pages, Zixun's fail.
  const blockedOutput = () => {
    const out = outDir();
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, '2024'), '');
    return out;
  };
  const site = () => makeSite({ 'a.md': tagged.replace('tags: [AI]\n', '') });
  const failed = (out: string) =>
    `[zixun] the build failed: Error: ENOTDIR: not a directory, mkdir '${join(out, '2024/05/28/a')}'`;

  it('prints one line and how to see the stack', async () => {
    const out = blockedOutput();
    const run = await eleventy(['--quiet', `--input=${site()}`, `--output=${out}`]);
    expect(run.code).toBe(1);
    expect(lines(run.output)).toEqual([
      failed(out),
      '[zixun] this is not a problem in the content; run again with ZIXUN_DEBUG=1 to see the stack trace',
    ]);
  });

  it('prints the stack with ZIXUN_DEBUG=1', async () => {
    const out = blockedOutput();
    const run = await eleventy(['--quiet', `--input=${site()}`, `--output=${out}`], {
      ZIXUN_DEBUG: '1',
    });
    expect(run.code).toBe(1);
    expect(lines(run.output)[0]).toBe(failed(out));
    expect(run.output).toMatch(/^\[zixun\] {5}at writeOutputFile \(/m);
  });
});

let server: ChildProcess | undefined;
afterAll(() => {
  server?.kill();
});

describe('the dev server with a content error', () => {
  it('ends on an error Zixun raises for the user while starting, with its message alone', async () => {
    const site = makeSite({ 'a.md': tagged.replace('tags: [AI]\n', '') });
    const run = await eleventy(
      [
        '--serve',
        '--quiet',
        `--port=${await freePort()}`,
        `--input=${site}`,
        `--output=${outDir()}`,
      ],
      { ZIXUN_WORKERS: 'many' },
    );
    expect(run.code).toBe(1);
    expect(lines(run.output)).toEqual([
      '[zixun] ZIXUN_WORKERS: found "many"; expected a whole number, 0 or more',
    ]);
  });

  it('prints the problem lines without a stack, keeps running and rebuilds on the fix', async () => {
    const site = makeSite({ 'bad.md': bad, 'tagged.md': tagged });
    const file = join(site, 'articles/bad.md');
    const out = outDir();
    const child = spawn(
      process.execPath,
      [
        eleventyCli,
        '--serve',
        '--quiet',
        `--port=${await freePort()}`,
        `--input=${site}`,
        `--output=${out}`,
      ],
      { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    server = child;
    let log = '';
    child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const waitFor = async (done: () => boolean, what: string, ms = 30_000) => {
      const deadline = Date.now() + ms;
      while (!done()) {
        if (Date.now() > deadline || child.exitCode !== null) {
          throw new Error(`${what}; output:\n${log}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const count = (line: string) => lines(log).filter((entry) => entry === line).length;
    // Eleventy says "Watching…" before its file watcher is ready, so a save is repeated until seen.
    const save = async (text: string, seen: () => boolean, what: string) => {
      const deadline = Date.now() + 30_000;
      while (!seen()) {
        if (Date.now() > deadline || child.exitCode !== null) {
          throw new Error(`${what}; output:\n${log}`);
        }
        writeFileSync(file, text);
        await waitFor(seen, what, 1000).catch(() => undefined);
      }
    };

    // Before its first build Eleventy's dev server would exit on an error: it waits for a fix.
    await waitFor(() => count(dateError(site)) === 1, 'no error');
    expect(count('[zixun] the build stopped: 1 problem in the content')).toBe(1);
    expect(count(tagsWarning(site))).toBe(1);
    expect(stackFrames(log)).toEqual([]);
    expect(log).not.toContain('Original error stack trace');
    expect(child.exitCode).toBe(null);

    const fixed = join(out, '2024/02/28/bad/index.html');
    await save(bad.replace('2024-02-30', '2024-02-28'), () => existsSync(fixed), 'no fixed build');
    await waitFor(() => log.includes('Watching'), 'no watching');
    expect(count(tagsWarning(site))).toBeGreaterThanOrEqual(2);

    // Once it runs, an error shows and the server goes on to the next save.
    await save(bad, () => count(dateError(site)) >= 2, 'no error in a rebuild');
    expect(child.exitCode).toBe(null);
    const refixed = join(out, '2024/02/27/bad/index.html');
    const good = bad.replace('2024-02-30', '2024-02-27').replace('坏日期', '好日期');
    await save(good, () => existsSync(refixed), 'no rebuild after the second fix');
    expect(readFileSync(refixed, 'utf8')).toContain('好日期');
    // Each failed build printed its lines once.
    expect(count('[zixun] the build stopped: 1 problem in the content')).toBe(
      count(dateError(site)),
    );
    expect(stackFrames(log)).toEqual([]);
    expect(log).not.toContain('Original error stack trace');
  });
});
