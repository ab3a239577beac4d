import { execFile, spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
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
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generateCorpus.js';
import { builtFiles } from '../support/builtFiles.js';
import { fixture } from '../support/buildFixture.js';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const temp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

/** A copy of the built project whose .eleventy.js adds `owner` after Zixun, with `content` as its content folder. */
function ownerProject(owner: string, content: string, imports = ''): string {
  const dir = temp('zixun-owner-');
  // dist/ after src/, so it is the newer, as after `npm run build:ts`.
  for (const entry of ['package.json', 'scripts', 'src', 'dist']) {
    cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  cpSync(content, join(dir, 'content'), { recursive: true });
  writeFileSync(
    join(dir, '.eleventy.js'),
    `import { appendFileSync } from 'node:fs';
${imports}
import { assertCompiled } from './scripts/assertCompiled.js';
assertCompiled(import.meta.dirname);
const { default: zixun } = await import('./dist/plugins/zixunPlugin.js');
export const config =
  process.env.ELEVENTY_SOURCE === 'cli' ? { dir: { input: 'content', output: '_site' } } : {};
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(zixun, { immediate: true });
${owner}
}
`,
  );
  return dir;
}

interface Run {
  code: number;
  output: string;
  outDir: string;
}

function run(cwd: string, args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...env };
    delete childEnv.ZIXUN_BASE_PATH;
    delete childEnv.ZIXUN_URL;
    execFile(process.execPath, args, { cwd, env: childEnv }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, output: stdout + stderr, outDir: '' });
    });
  });
}

/** Builds the project with `node dist/cli/build.js` into a new folder. */
async function buildCli(project: string, env: Record<string, string> = {}): Promise<Run> {
  const outDir = join(temp('zixun-owner-out-'), '_site');
  const result = await run(
    project,
    [join(project, 'dist/cli/build.js'), '--input', 'content', '--output', outDir],
    env,
  );
  return { ...result, outDir };
}

/** Builds the project with the plain Eleventy CLI, as `npx @11ty/eleventy` does. */
async function eleventyCli(
  project: string,
  env: Record<string, string> = {},
  args: string[] = [],
): Promise<Run> {
  const cli = join(projectRoot, 'node_modules/@11ty/eleventy/cmd.cjs');
  const result = await run(project, [cli, '--quiet', ...args], env);
  return { ...result, outDir: join(project, '_site') };
}

// Stamps every HTML page once, with what `this` says of it, and logs the page it touched.
const stamp = `
  eleventyConfig.addTransform('stamp', async function (content, outputPath) {
    if (!outputPath || !outputPath.endsWith('.html')) return content;
    await new Promise((resolve) => setTimeout(resolve, 1));
    appendFileSync(process.env.STAMP_LOG, outputPath + '\\n');
    const seen = [this.inputPath, this.url, this.page.url, this.outputPath === outputPath].join('|');
    return content.replace('</body>', '<!--stamp:' + seen + '--></body>');
  });`;

const ownerPage =
  '---\npermalink: /about/\n---\n<!doctype html><html><body><p>关于</p></body></html>\n';

/** The fixture site plus an owner page, in a temp folder. */
function contentWithOwnerPage(source = fixture('basic')): string {
  const dir = join(temp('zixun-owner-content-'), 'content');
  cpSync(source, dir, { recursive: true });
  writeFileSync(join(dir, 'about.njk'), ownerPage);
  return dir;
}

/** The HTML files of a build, by path relative to its output folder. */
function htmlFiles(outDir: string): string[] {
  return [...builtFiles(outDir).keys()].filter((path) => path.endsWith('.html')).sort();
}

/** The pages the stamp transform logged, relative to the output folder (the build CLI writes into `_site.tmp-<pid>`). */
function stamped(log: string): string[] {
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.replace(/^.*?_site(?:\.tmp-\d+)?\//, ''))
    .sort();
}

/** Asserts that every HTML page went through the stamp transform exactly once. */
function expectAllStamped(outDir: string, log: string): void {
  const files = htmlFiles(outDir);
  expect(stamped(log)).toEqual(files);
  for (const file of files) {
    const html = readFileSync(join(outDir, file), 'utf8');
    expect(html.match(/<!--stamp:/g)?.length, file).toBe(1);
  }
}

describe('owner transforms', () => {
  it('reach every HTML page through the build CLI and the plain Eleventy CLI', async () => {
    const project = ownerProject(stamp, contentWithOwnerPage());
    const log = join(project, 'stamps.log');
    const built = await buildCli(project, { STAMP_LOG: log });
    expect(built.output).toMatch(
      /^\[zixun\] 13 articles, \d+ pages written \(\d+ files\), 0 warnings/,
    );
    expect(built.code).toBe(0);
    const files = htmlFiles(built.outDir);
    expect(files).toContain('index.html');
    expect(files).toContain('about/index.html');
    expect(files).toContain('404.html');
    expect(files).toContain('tags/index.html');
    expect(files.length).toBeGreaterThan(30);
    expectAllStamped(built.outDir, log);

    const article = readFileSync(join(built.outDir, '2024/05/18/马斯克与lecun/index.html'), 'utf8');
    expect(article).toContain(
      '<!--stamp:./content/articles/中文/马斯克与LeCun.md|/2024/05/18/马斯克与lecun/|/2024/05/18/马斯克与lecun/|true-->',
    );
    const home = readFileSync(join(built.outDir, 'index.html'), 'utf8');
    expect(home).toContain('<!--stamp:./content/zixun-home.11ty.js|/|/|true-->');

    const cliLog = join(project, 'cli-stamps.log');
    const cli = await eleventyCli(project, { STAMP_LOG: cliLog });
    expect(cli.code).toBe(0);
    expect(htmlFiles(cli.outDir)).toEqual(files);
    expectAllStamped(cli.outDir, cliLog);
  });

  it('reach every page written by build threads, and by the main thread with a writer thread', async () => {
    const corpus = temp('zixun-owner-corpus-');
    generateCorpus({ count: 320, seed: 3, dir: corpus });
    const project = ownerProject(stamp, contentWithOwnerPage(corpus));
    for (const workers of ['2', '0']) {
      const log = join(project, `stamps-${workers}.log`);
      const built = await buildCli(project, { STAMP_LOG: log, ZIXUN_WORKERS: workers });
      expect(built.code, built.output).toBe(0);
      expect(htmlFiles(built.outDir).length).toBeGreaterThan(340);
      expectAllStamped(built.outDir, log);
    }
  });

  it('let linters see every HTML page', async () => {
    const linter = `
  eleventyConfig.addLinter('count', function (content, inputPath, outputPath) {
    if (outputPath && outputPath.endsWith('.html') && content.includes('<html'))
      appendFileSync(process.env.STAMP_LOG, outputPath + '\\n');
  });`;
    const project = ownerProject(linter, contentWithOwnerPage());
    const log = join(project, 'lint.log');
    const built = await buildCli(project, { STAMP_LOG: log });
    expect(built.code, built.output).toBe(0);
    expect(stamped(log)).toEqual(htmlFiles(built.outDir));
  });

  it('stop the build naming the transform and the page when one throws', async () => {
    const boom = `
  eleventyConfig.addTransform('boom', function (content) {
    if (this.inputPath.endsWith('full.md')) throw new Error('炸了');
    return content;
  });`;
    const content = contentWithOwnerPage();
    // Images copied at the end of the build: a copy still running once the build has failed
    // would write into the folder the build CLI removes.
    for (let index = 0; index < 400; index++) {
      writeFileSync(join(content, `images/filler-${index}.png`), Buffer.alloc(20_000));
    }
    const project = ownerProject(boom, content);
    const built = await buildCli(project);
    expect(built.code).toBe(1);
    expect(built.output.replace(/\.tmp-\d+\//, '.tmp-PID/')).toBe(
      `[zixun] ./content/articles/full.md (${built.outDir}.tmp-PID/2024/05/20/full/index.html): transform "boom" failed: 炸了; expected it to return the page's HTML\n` +
        `[zixun] nothing was written; ${built.outDir} was not created\n`,
    );
    expect(built.output).not.toMatch(/^\s+at /m);
    expect(existsSync(built.outDir)).toBe(false);

    const cli = await eleventyCli(project);
    expect(cli.code).toBe(1);
    expect(cli.output).toContain(
      `[zixun] ./content/articles/full.md (_site/2024/05/20/full/index.html): transform "boom" failed: 炸了; expected it to return the page's HTML`,
    );
    expect(cli.output).not.toMatch(/^\s+at /m);
  });

  it('stop a build on build threads the same way, leaving no folder behind', async () => {
    const corpus = temp('zixun-owner-corpus-');
    generateCorpus({ count: 320, seed: 5, dir: corpus });
    const boom = `
  eleventyConfig.addTransform('boom', function (content) {
    if (this.inputPath.endsWith('.md')) throw new Error('炸了');
    return content;
  });`;
    const project = ownerProject(boom, contentWithOwnerPage(corpus));
    const built = await buildCli(project, { ZIXUN_WORKERS: '2' });
    expect(built.code).toBe(1);
    const lines = built.output.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^\[zixun\] \.\/content\/articles\/\S+\.md \(\S+\/index\.html\): transform "boom" failed: 炸了; expected it to return the page's HTML$/,
    );
    expect(lines[1]).toBe(`[zixun] nothing was written; ${built.outDir} was not created`);
    expect(readdirSync(dirname(built.outDir))).toEqual([]);
  });

  it('stop the build when a transform returns something other than text', async () => {
    const project = ownerProject(
      `  eleventyConfig.addTransform('lost', function () { return undefined; });`,
      contentWithOwnerPage(),
    );
    const built = await buildCli(project);
    expect(built.code).toBe(1);
    expect(built.output).toMatch(
      /transform "lost" returned undefined; expected the page's HTML as a string/,
    );
  });

  it('say by name what cannot reach articles, and build on', async () => {
    const owner = `
  eleventyConfig.addPreprocessor('drafts', 'md', () => undefined);
  eleventyConfig.addTransform('noop', (content) => content);`;
    const project = ownerProject(owner, contentWithOwnerPage());
    const built = await buildCli(project);
    expect(built.code, built.output).toBe(0);
    const warning =
      '[zixun] warning: .eleventy.js: preprocessor "drafts": it is set for md files, but articles are not Eleventy templates and never reach it; expected a transform (addTransform), which sees every page';
    expect(built.output).toMatch(
      /^\[zixun\] warning: .*\n\[zixun\] 13 articles, 32 pages written \(60 files\), 1 warning, /,
    );
    expect(built.output.split('\n')[0]).toBe(warning);
    const cli = await eleventyCli(project);
    expect(cli.code, cli.output).toBe(0);
    expect(cli.output.split(warning).length - 1).toBe(1);
  });
});

let watcher: ChildProcess | undefined;
afterAll(() => {
  watcher?.kill();
});

describe('owner transforms in the dev server', () => {
  it('run on the pages a rebuild rewrites', async () => {
    const project = ownerProject(stamp, contentWithOwnerPage());
    const log = join(project, 'stamps.log');
    const out = join(project, '_site');
    const cli = join(projectRoot, 'node_modules/@11ty/eleventy/cmd.cjs');
    const child = spawn(process.execPath, [cli, '--watch', '--quiet'], {
      cwd: project,
      env: { ...process.env, STAMP_LOG: log, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    watcher = child;
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const waitForBuild = async (count: number) => {
      const deadline = Date.now() + 45_000;
      while ((output.match(/Wrote \d+ files?/g) ?? []).length < count) {
        if (Date.now() > deadline) throw new Error(`no build ${count}; output:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    await waitForBuild(1);
    expectAllStamped(out, log);

    writeFileSync(log, '');
    // Give the watcher time to settle after its first build, as an editor's save would.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const file = join(project, 'content/articles/full.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: 改过的标题'));
    await waitForBuild(2);
    const page = readFileSync(join(out, '2024/05/20/full/index.html'), 'utf8');
    expect(page).toContain('改过的标题');
    expect(page.match(/<!--stamp:/g)?.length).toBe(1);
    expect(stamped(log)).toContain('2024/05/20/full/index.html');
    child.kill();
  }, 100_000);
});

describe('official transform plugins', () => {
  const imports = `import { HtmlBasePlugin, IdAttributePlugin, InputPathToUrlTransformPlugin } from '@11ty/eleventy';`;

  it('HtmlBasePlugin rewrites the links of an article page', async () => {
    const project = ownerProject(
      `  eleventyConfig.addPlugin(HtmlBasePlugin, { baseHref: 'https://cdn.example.com/' });`,
      contentWithOwnerPage(),
      imports,
    );
    const built = await buildCli(project);
    expect(built.code, built.output).toBe(0);
    const $ = load(readFileSync(join(built.outDir, '2024/05/20/full/index.html'), 'utf8'));
    const home = $('header a[href$="/"]').first().attr('href');
    expect(home).toBe('https://cdn.example.com/');
    const rootRelative = $('a[href^="/"], link[href^="/"], script[src^="/"]').length;
    expect(rootRelative).toBe(0);
  });

  it('HtmlBasePlugin with a path prefix stops the build, since Zixun already prefixes its links', async () => {
    const project = ownerProject(
      `  eleventyConfig.addPlugin(HtmlBasePlugin);`,
      contentWithOwnerPage(),
      imports,
    );
    const cli = await eleventyCli(project, {}, ['--pathprefix=/news/']);
    expect(cli.code).toBe(1);
    expect(cli.output).toContain(
      '[zixun] .eleventy.js: HtmlBasePlugin: found the path prefix "/news/", which Zixun already puts in front of every link it writes, so HtmlBasePlugin would add it twice',
    );
  });

  it('IdAttributePlugin gives ids to headings that have none, keeping the ids Zixun made', async () => {
    const project = ownerProject(
      `  eleventyConfig.addPlugin(IdAttributePlugin);`,
      contentWithOwnerPage(),
      imports,
    );
    const built = await buildCli(project);
    expect(built.code, built.output).toBe(0);
    const plain = await buildCli(ownerProject('', contentWithOwnerPage()));
    const read = (dir: string) =>
      load(readFileSync(join(dir, '2024/05/20/full/index.html'), 'utf8'));
    const [$, $plain] = [read(built.outDir), read(plain.outDir)];
    const zixunIds = $plain('article h2[id], article h3[id]')
      .map((_, el) => $plain(el).attr('id'))
      .get();
    expect(zixunIds.length).toBeGreaterThan(0);
    for (const id of zixunIds) expect($(`[id="${id}"]`).length, id).toBe(1);
    // Eleventy's slugify keeps Latin letters only: 完整字段示例：大模型 API 降价 gives api.
    expect($plain('h1').attr('id')).toBe(undefined);
    expect($('h1').attr('id')).toBe('api');
    const ids = $('[id]')
      .map((_, el) => $(el).attr('id'))
      .get();
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('InputPathToUrlTransformPlugin turns links to article files into their URLs', async () => {
    const content = contentWithOwnerPage();
    writeFileSync(
      join(content, 'links.njk'),
      '---\npermalink: /links/\n---\n<!doctype html><html><body><a href="articles/full.md#x">全文</a></body></html>\n',
    );
    mkdirSync(join(content, 'articles/linking'), { recursive: true });
    writeFileSync(
      join(content, 'articles/linking/linker.md'),
      '---\ntitle: 链接\ndate: 2024-05-21 08:00:00\n---\n见[全文](../full.md)。\n',
    );
    const project = ownerProject(
      `  eleventyConfig.addPlugin(InputPathToUrlTransformPlugin);`,
      content,
      imports,
    );
    const built = await buildCli(project);
    expect(built.code, built.output).toBe(0);
    const owner = load(readFileSync(join(built.outDir, 'links/index.html'), 'utf8'));
    expect(owner('a').attr('href')).toBe('/2024/05/20/full/#x');
    const article = load(readFileSync(join(built.outDir, '2024/05/21/linker/index.html'), 'utf8'));
    expect(article('a:contains("全文")').attr('href')).toBe('/2024/05/20/full/');
  });
});
