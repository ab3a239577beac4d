import { execFile, spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/freePort.js';
import { builtFiles } from '../support/builtFiles.js';
import { makeSite, runBuild } from '../support/buildFixture.js';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const eleventyCli = join(projectRoot, 'node_modules/@11ty/eleventy/cmd.cjs');
// Plain text whatever the terminal running the tests asks for.
const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
delete env.DEBUG;
delete env.ZIXUN_DEBUG;

const temp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));
const outDir = () => join(temp('zixun-flags-'), '_site');
const lines = (output: string) => output.split('\n').filter((line) => line.trim() !== '');
const zixunLines = (output: string) => lines(output).filter((line) => line.startsWith('[zixun]'));
const stackFrames = (output: string) => lines(output).filter((line) => /^\s+at /.test(line));

// Two groups a year apart, each with its own keyword: an edit in one changes no page of the other.
const article = (group: string, day: number, extra = '') =>
  `---\ntitle: ${group}组第${day}篇\ndate: ${group === '甲' ? '2023-01' : '2024-06'}-0${day} 10:00:00\nkeywords: [${group}组]\n${extra}---\n${group}组正文${day}。\n`;
const articles: Record<string, string> = { 'laid-out.md': article('甲', 9, 'layout: post.njk\n') };
for (let day = 1; day <= 4; day++) {
  articles[`x${day}.md`] = article('甲', day);
  articles[`y${day}.md`] = article('乙', day);
}
const layoutWarning = (site: string) =>
  `[zixun] warning: ${join(site, 'articles/laid-out.md')}: layout: is an Eleventy setting, which articles ignore (they are not Eleventy templates): articles always use the article layout; remove it`;

/** Runs the plain Eleventy CLI from the project root, as `npx @11ty/eleventy` does. */
function eleventy(args: string[], extraEnv: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; output: string }>((resolve) => {
    execFile(
      process.execPath,
      [eleventyCli, ...args],
      { cwd: projectRoot, env: { ...env, ...extraEnv } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, output: stdout + stderr });
      },
    );
  });
}

describe('--quiet and one-off builds: the content warning shows in every mode', () => {
  it('--quiet hides the per-file lines and keeps the warning', async () => {
    const site = makeSite(articles);
    const [loud, quiet] = await Promise.all([
      eleventy([`--input=${site}`, `--output=${outDir()}`]),
      eleventy(['--quiet', `--input=${site}`, `--output=${outDir()}`]),
    ]);
    expect(loud.code, loud.output).toBe(0);
    expect(quiet.code, quiet.output).toBe(0);
    const writing = (output: string) => lines(output).filter((l) => l.startsWith('[11ty] Writing'));
    expect(writing(loud.output).length).toBeGreaterThan(10);
    expect(writing(quiet.output)).toEqual([]);
    for (const run of [loud, quiet]) {
      expect(zixunLines(run.output)).toEqual([layoutWarning(site)]);
    }
    // The warning goes to stderr; stdout holds Eleventy's one summary line.
    expect(lines(quiet.stdout)).toHaveLength(1);
    expect(lines(quiet.stdout)[0]).toMatch(/^\[11ty\] Wrote \d+ files in /);
    expect(lines(quiet.output)).toHaveLength(2);
  });

  it('a one-off --incremental builds the same site as a plain build, with the warning', async () => {
    const site = makeSite(articles);
    const [plainOut, incrementalOut] = [outDir(), outDir()];
    const [plain, incremental] = await Promise.all([
      eleventy(['--quiet', `--input=${site}`, `--output=${plainOut}`]),
      eleventy(['--quiet', '--incremental', `--input=${site}`, `--output=${incrementalOut}`]),
    ]);
    expect(plain.code, plain.output).toBe(0);
    expect(incremental.code, incremental.output).toBe(0);
    expect(zixunLines(incremental.output)).toEqual([layoutWarning(site)]);
    const a = builtFiles(plainOut);
    const b = builtFiles(incrementalOut);
    expect(a.size).toBeGreaterThan(30);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect([...a].filter(([path, bytes]) => !b.get(path)?.equals(bytes))).toEqual([]);
  });

  it('the build CLI prints the warning too', async () => {
    const site = makeSite(articles);
    const build = await runBuild(site);
    expect(build.code, build.output).toBe(0);
    expect(lines(build.output).filter((line) => line.startsWith('[zixun] warning'))).toEqual([
      layoutWarning(site),
    ]);
  });

  it('the build CLI given an Eleventy flag: one line saying which flags it takes', async () => {
    const out = outDir();
    const run = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(
        process.execPath,
        [join(projectRoot, 'dist/cli/build.js'), '--quiet', '--output', out],
        { cwd: projectRoot, env },
        (error, stdout, stderr) => resolve({ code: error ? 1 : 0, output: stdout + stderr }),
      );
    });
    expect(run.code).toBe(1);
    expect(lines(run.output)).toEqual([
      '[zixun] unknown option --quiet; the build takes --input <folder>, --output <folder>, --report <file> and --portable; Eleventy’s own flags (--quiet, --serve, …) go to `npx @11ty/eleventy`',
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('a one-off --ignore-initial writes nothing, as Eleventy renders nothing', async () => {
    const site = makeSite(articles);
    const out = outDir();
    const cache = join(temp('zixun-cache-'), 'cache');
    const run = await eleventy(
      ['--quiet', '--incremental', '--ignore-initial', `--input=${site}`, `--output=${out}`],
      { ZIXUN_CACHE_DIR: cache },
    );
    expect(run.code, run.output).toBe(0);
    expect(zixunLines(run.output)).toEqual([layoutWarning(site)]);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(cache)).toBe(false);
  });
});

describe('modes Zixun cannot serve: one [zixun] line, exit code 1, nothing written', () => {
  it.each(['json', 'ndjson'])('--to=%s', async (mode) => {
    const site = makeSite(articles);
    const out = outDir();
    const run = await eleventy([`--to=${mode}`, `--input=${site}`, `--output=${out}`]);
    expect(run.code).toBe(1);
    expect(lines(run.output)).toEqual([
      `[zixun] --to=${mode} is not supported: article pages, list pages and keyword feeds are written by Zixun, not by Eleventy templates, so Eleventy's ${mode} output would leave them out; run \`npm run build\` (or \`npx @11ty/eleventy\`) and read the files in _site/, or \`npx @11ty/eleventy --dryrun\` to check the content without writing`,
    ]);
    expect(run.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('--incremental=<file>', async () => {
    const site = makeSite(articles);
    const out = outDir();
    const file = join(site, 'articles/x1.md');
    const run = await eleventy([
      '--quiet',
      `--incremental=${file}`,
      `--input=${site}`,
      `--output=${out}`,
    ]);
    expect(run.code).toBe(1);
    expect(lines(run.output)).toEqual([
      `[zixun] --incremental=${file} is not supported: the home, keyword and archive pages, the feeds and the search index all depend on every article, so one file cannot be built alone; run \`npx @11ty/eleventy\` for a full build, or \`npx @11ty/eleventy --serve --incremental\` to rewrite only the pages each save changes`,
    ]);
    expect(stackFrames(run.output)).toEqual([]);
    expect(existsSync(out)).toBe(false);
  });
});

describe('an owner’s collection that globs the articles folder', () => {
  it('gets one warning naming collections.articles; other globs get none', async () => {
    const site = makeSite(articles);
    const glob = `${relative(projectRoot, site)}/articles/**/*.md`;
    writeFileSync(
      join(site, 'count.njk'),
      '---\npermalink: /count.txt\n---\n{{ collections.posts.length }}|{{ collections.again.length }}|{{ collections.pages.length }}|{{ collections.all.length }}',
    );
    const config = join(temp('zixun-config-'), 'owner.config.mjs');
    writeFileSync(
      config,
      `import zixun from ${JSON.stringify(join(projectRoot, '.eleventy.js'))};
export default function (eleventyConfig) {
  zixun(eleventyConfig);
  eleventyConfig.addCollection('posts', (api) => api.getFilteredByGlob(${JSON.stringify(glob)}));
  eleventyConfig.addCollection('again', (api) => api.getFilteredByGlob([${JSON.stringify(glob)}]));
  eleventyConfig.addCollection('pages', (api) => api.getFilteredByGlob(${JSON.stringify(`${relative(projectRoot, site)}/*.njk`)}));
}
`,
    );
    const out = outDir();
    const run = await eleventy([
      '--quiet',
      `--config=${config}`,
      `--input=${site}`,
      `--output=${out}`,
    ]);
    expect(run.code, run.output).toBe(0);
    expect(zixunLines(run.output)).toEqual([
      layoutWarning(site),
      `[zixun] warning: addCollection("posts"): getFilteredByGlob(${JSON.stringify(glob)}) finds no articles: articles are read by Zixun, not by Eleventy, so no Eleventy collection (not collections.all either) holds them; use collections.articles, which lists every published article`,
    ]);
    // The owner's collections are what Eleventy made of them: no articles, the one template.
    expect(readFileSync(join(out, 'count.txt'), 'utf8')).toBe('0|0|1|1');
  });
});

/** A copy of the project (its files, the compiled dist/, the installed node_modules) to build in. */
function projectCopy(): string {
  const dir = temp('zixun-project-');
  for (const entry of ['.eleventy.js', 'package.json', 'content', 'scripts', 'src']) {
    cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
  }
  // Copied after src/, so it is the newer, as after `npm run build:ts`.
  cpSync(join(projectRoot, 'dist'), join(dir, 'dist'), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

describe('the build CLI with an owner’s collection that globs the articles folder', () => {
  it('prints the warning and counts it in its summary', async () => {
    const project = projectCopy();
    const config = join(project, '.eleventy.js');
    const add = 'eleventyConfig.addPlugin(zixun, { immediate: true });';
    const text = readFileSync(config, 'utf8');
    expect(text).toContain(add);
    writeFileSync(
      config,
      text.replace(
        add,
        `${add}\n  eleventyConfig.addCollection('posts', (api) => api.getFilteredByGlob('content/articles/**/*.md'));`,
      ),
    );
    const run = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(
        process.execPath,
        [join(project, 'dist/cli/build.js')],
        { cwd: project, env },
        (error, stdout, stderr) => resolve({ code: error ? 1 : 0, output: stdout + stderr }),
      );
    });
    expect(run.code, run.output).toBe(0);
    expect(zixunLines(run.output).slice(0, -1)).toEqual([
      '[zixun] warning: addCollection("posts"): getFilteredByGlob("content/articles/**/*.md") finds no articles: articles are read by Zixun, not by Eleventy, so no Eleventy collection (not collections.all either) holds them; use collections.articles, which lists every published article',
    ]);
    expect(zixunLines(run.output).at(-1)).toMatch(/ pages written \(\d+ files\), 1 warning, /);
  });
});

let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill();
});

/** Starts `eleventy --watch` or `--serve` on a fixture, collecting its output. */
function watchEleventy(args: string[]) {
  child = spawn(process.execPath, [eleventyCli, ...args], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const running = child;
  let log = '';
  running.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  running.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  return {
    running,
    log: () => log,
    builds: () => (log.match(/Wrote \d+ files?/g) ?? []).length,
  };
}

describe.each([
  ['--serve --incremental', true],
  ['--watch', false],
])('%s: rebuilds after a save, warning each time', (_name, serve) => {
  it('rewrites only the pages that show the edited article', async () => {
    const site = makeSite(articles);
    const out = outDir();
    const flags = serve ? ['--serve', '--incremental', `--port=${await freePort()}`] : ['--watch'];
    const watch = watchEleventy([...flags, '--quiet', `--input=${site}`, `--output=${out}`]);
    const { running, builds } = watch;
    const waitFor = async (done: () => boolean, what: string, ms = 60_000) => {
      const deadline = Date.now() + ms;
      while (!done()) {
        if (Date.now() > deadline || running.exitCode !== null) {
          throw new Error(`${what}; output:\n${watch.log()}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    await waitFor(() => builds() === 1 && watch.log().includes('Watching'), 'no first build');
    const page = (path: string) => join(out, path, 'index.html');
    const edited = '/2024/06/03/y3/';
    const untouched = ['/2023/01/02/x2/', '/tags/甲组/'];
    const before = untouched.map((path) => statSync(page(path)).mtimeMs);
    await new Promise((resolve) => setTimeout(resolve, 50));

    // Eleventy says "Watching…" before its file watcher is ready, so a save is repeated until seen.
    const file = join(site, 'articles/y3.md');
    const text = readFileSync(file, 'utf8').replace('乙组第3篇', '乙组第3篇（更正）');
    const deadline = Date.now() + 60_000;
    while (builds() < 2) {
      if (Date.now() > deadline) throw new Error(`no rebuild; output:\n${watch.log()}`);
      writeFileSync(file, text);
      await waitFor(() => builds() >= 2, 'no rebuild yet', 1000).catch(() => undefined);
    }
    await waitFor(() => readFileSync(page(edited), 'utf8').includes('（更正）'), 'no new page');
    expect(readFileSync(page('/tags/乙组/'), 'utf8')).toContain('乙组第3篇（更正）');
    expect(untouched.map((path) => statSync(page(path)).mtimeMs)).toEqual(before);
    const warnings = lines(watch.log()).filter((line) => line.startsWith('[zixun]'));
    expect(new Set(warnings)).toEqual(new Set([layoutWarning(site)]));
    expect(warnings.length).toBe(builds());
    expect(stackFrames(watch.log())).toEqual([]);
    running.kill();
  });
});

describe('--watch --ignore-initial', () => {
  it('writes nothing until the first save, then the whole site', async () => {
    const site = makeSite(articles);
    const out = outDir();
    const watch = watchEleventy([
      '--watch',
      '--ignore-initial',
      '--quiet',
      `--input=${site}`,
      `--output=${out}`,
    ]);
    const { running, builds } = watch;
    const deadline = Date.now() + 60_000;
    while (!(builds() === 1 && watch.log().includes('Watching'))) {
      if (Date.now() > deadline || running.exitCode !== null)
        throw new Error(`no start:\n${watch.log()}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(existsSync(out)).toBe(false);

    const file = join(site, 'articles/y3.md');
    const text = readFileSync(file, 'utf8').replace('乙组第3篇', '乙组第3篇（更正）');
    while (!existsSync(join(out, 'sw.js'))) {
      if (Date.now() > deadline + 60_000) throw new Error(`no rebuild; output:\n${watch.log()}`);
      if (builds() < 2) writeFileSync(file, text);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
    expect(page('/2024/06/03/y3/')).toContain('乙组第3篇（更正）');
    expect(page('/2023/01/02/x2/')).toContain('甲组第2篇');
    expect(page('/')).toContain('乙组第3篇（更正）');
    expect(stackFrames(watch.log())).toEqual([]);
    running.kill();
  });
});
