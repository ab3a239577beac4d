import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { outputMarker } from '../../src/site/outputMarker.js';
import { describe, expect, it } from 'vitest';
import { builtFiles } from '../support/builtFiles.js';
import { makeSite, runBuild } from '../support/buildFixture.js';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const eleventyCli = join(projectRoot, 'node_modules/@11ty/eleventy/cmd.cjs');
const sample = join(projectRoot, 'content');
const temp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));
// Plain text, and an icon cache of the test's own, so a dry run's writes would show.
const baseEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  delete env.DEBUG;
  delete env.ZIXUN_BASE_PATH;
  delete env.ZIXUN_URL;
  delete env.ZIXUN_PORTABLE;
  return env;
};

/** Runs the plain Eleventy CLI, as `npx @11ty/eleventy` does, from `cwd` (the project root by default). */
function eleventy(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [eleventyCli, '--quiet', ...args],
      { cwd: options.cwd ?? projectRoot, env: { ...baseEnv(), ...options.env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, output: stdout + stderr });
      },
    );
  });
}

/** Expects two built sites to hold the same files with the same bytes. */
function expectSameSite(actual: string, expected: string): void {
  const a = builtFiles(actual);
  const b = builtFiles(expected);
  // Only the build CLI marks its output as its own (README, The output folder).
  expect(b.has(outputMarker)).toBe(true);
  b.delete(outputMarker);
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  expect(a.size).toBeGreaterThan(100);
  const differing = [...b].filter(([path, bytes]) => !a.get(path)?.equals(bytes)).map(([p]) => p);
  expect(differing).toEqual([]);
}

/** The sample content with other site settings, in a temp folder. */
function sampleWith(settings: Record<string, unknown>): string {
  const dir = join(temp('zixun-sample-'), 'content');
  cpSync(sample, dir, { recursive: true });
  const file = join(dir, '_data/site.json');
  const current = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(file, JSON.stringify({ ...current, ...settings }, null, 2));
  return dir;
}

/** A copy of the project (its files, the compiled dist/, the installed node_modules) to run Eleventy in. */
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

const article =
  '---\ntitle: 一篇文章\ndate: 2024-05-28 06:30:01\nkeywords: [C sharp]\n---\n正文。\n';
const ownerNjk = `---
permalink: /owner/njk.txt
---
formatDate {{ "2024-05-27T22:30:01Z" | formatDate }}
formatDate(zone) {{ "2024-05-27T22:30:01Z" | formatDate("Asia/Shanghai") }}
formatDate(Date) {{ page.date | formatDate | length > 0 }}
isoDate {{ "2024-05-28 06:30:01" | isoDate }}
rfc3339Date {{ "2024-05-28" | rfc3339Date }}
rfc822Date {{ "2024-01-02T03:04:05Z" | rfc822Date }}
relativeDate {{ "2020-01-01 23:30" | relativeDate }}
keywordSlug {{ "c  SHARP" | keywordSlug }}
keywordUrl {{ "人工智能" | keywordUrl }}
absoluteUrl {{ "/tags/人工智能/" | absoluteUrl }}
readingMinutes {{ text | readingMinutes }}
`;
const ownerLiquid = `---
permalink: /owner/liquid.txt
---
{{ "2024-05-27T22:30:01Z" | formatDate }}|{{ "C#" | keywordUrl }}|{{ "/a/" | absoluteUrl }}
`;
const owner11ty = `export const data = { permalink: '/owner/js.txt' };
export function render() {
  return [
    this.formatDate('2024-05-27T22:30:01Z'),
    this.isoDate(new Date('2024-05-27T22:30:01Z')),
    this.relativeDate('2020-01-01'),
    this.keywordSlug('C sharp'),
    this.keywordUrl('C sharp'),
    this.absoluteUrl('/'),
    this.readingMinutes('字'.repeat(900) + '\\n\\n[^1]\\n\\n[^1]: ' + '注'.repeat(900)),
  ].join('|');
}
`;

describe('template filters in an owner’s Nunjucks, Liquid and 11ty.js pages', () => {
  it('use the site’s time zone, keyword pins, base path and url', async () => {
    const site = makeSite(
      { 'a.md': article },
      {
        timeZone: 'Europe/Berlin',
        basePath: '/news/',
        keywordSlugs: { 'C sharp': 'c-sharp-words' },
      },
    );
    writeFileSync(
      join(site, 'owner.njk'),
      ownerNjk.replace('---\n', `---\ntext: ${'字'.repeat(451)}\n`),
    );
    writeFileSync(join(site, 'owner.liquid'), ownerLiquid);
    writeFileSync(join(site, 'owner.11ty.js'), owner11ty);
    const out = join(temp('zixun-out-'), '_site');
    const run = await eleventy([`--input=${site}`, `--output=${out}`]);
    expect(run.code, run.output).toBe(0);
    const read = (path: string) => readFileSync(join(out, path), 'utf8').trim().split('\n');
    expect(read('owner/njk.txt')).toEqual([
      'formatDate 2024/5/28 0:30:01',
      'formatDate(zone) 2024/5/28 6:30:01',
      'formatDate(Date) true',
      'isoDate 2024-05-28T06:30:01+02:00',
      'rfc3339Date 2024-05-28T00:00:00+02:00',
      'rfc822Date Tue, 02 Jan 2024 04:04:05 +0100',
      'relativeDate 2020/1/1',
      'keywordSlug c-sharp-words',
      'keywordUrl /news/tags/人工智能/',
      'absoluteUrl https://test.example.com/news/tags/%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD/',
      'readingMinutes 2',
    ]);
    expect(read('owner/liquid.txt')).toEqual([
      '2024/5/28 0:30:01|/news/tags/c-sharp/|https://test.example.com/news/a/',
    ]);
    expect(read('owner/js.txt')).toEqual([
      '2024/5/28 0:30:01|2024-05-28T00:30:01+02:00|2020/1/1|c-sharp-words|/news/tags/c-sharp-words/|https://test.example.com/news/|2',
    ]);
    // The keyword page the filters point at is the one the build wrote.
    expect(existsSync(join(out, 'tags/c-sharp-words/index.html'))).toBe(true);
    // readingMinutes counts a body as the article page does.
    const long = makeSite({ 'long.md': article.replace('正文。', '字'.repeat(451)) });
    writeFileSync(
      join(long, 'owner.njk'),
      `---\ntext: ${'字'.repeat(451)}\n---\n{{ text | readingMinutes }}`,
    );
    const longOut = join(temp('zixun-out-'), '_site');
    const longRun = await eleventy([`--input=${long}`, `--output=${longOut}`]);
    expect(longRun.code, longRun.output).toBe(0);
    expect(readFileSync(join(longOut, 'owner/index.html'), 'utf8')).toBe('2');
    expect(readFileSync(join(longOut, '2024/05/28/long/index.html'), 'utf8')).toContain(
      '<span class="meta__reading">阅读约 2 分钟</span>',
    );
  });

  it('a bad value: a [zixun] line naming the template, the filter, the value and what is expected', async () => {
    const site = makeSite({ 'a.md': article });
    writeFileSync(join(site, 'owner.njk'), '{{ "2024-02-30" | formatDate }}\n');
    const run = await eleventy([
      `--input=${site}`,
      `--output=${join(temp('zixun-out-'), '_site')}`,
    ]);
    expect(run.code).toBe(1);
    expect(run.output.trim().split('\n')).toEqual([
      `[zixun] ${relative(projectRoot, site)}/owner.njk: formatDate: "2024-02-30" is not a real date (February 2024 has 29 days); expected a Date or a date such as 2024-05-28, 2024-05-28 14:30:01 or 2024-05-28T14:30:01+08:00`,
    ]);
  });
});

describe('npx @11ty/eleventy with no arguments, from the project root', () => {
  it('builds content/ into _site/, the same files as npm run build', async () => {
    const project = projectCopy();
    const cache = temp('zixun-cache-');
    const [run, reference] = await Promise.all([
      eleventy([], { cwd: project, env: { ZIXUN_CACHE_DIR: cache } }),
      runBuild(sample),
    ]);
    expect(run.code, run.output).toBe(0);
    expect(reference.code, reference.output).toBe(0);
    expectSameSite(join(project, '_site'), reference.outDir);
  });

  it('stops with one line when dist/ is older than src/ or missing', async () => {
    const project = projectCopy();
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(project, 'src/site/sitePath.ts'), later, later);
    const stale = await eleventy([], { cwd: project });
    expect(stale.code).toBe(1);
    expect(stale.output.trim()).toBe(
      '[zixun] dist/ is older than src/site/sitePath.ts; run `npm run build:ts` first (npm install runs it too)',
    );
    rmSync(join(project, 'dist'), { recursive: true });
    const missing = await eleventy([], { cwd: project });
    expect(missing.code).toBe(1);
    expect(missing.output.trim()).toBe(
      '[zixun] dist/ is missing; run `npm run build:ts` first (npm install runs it too)',
    );
    expect(existsSync(join(project, '_site'))).toBe(false);
  });
});

describe('--dryrun', () => {
  it.each([
    ['on the main thread', '0'],
    ['with build threads', '2'],
  ])('builds %s and writes nothing: no output folder, no icon cache', async (_name, workers) => {
    const out = join(temp('zixun-out-'), '_site');
    const cache = join(temp('zixun-cache-'), 'cache');
    const run = await eleventy(['--dryrun', '--input=content', `--output=${out}`], {
      env: { ZIXUN_CACHE_DIR: cache, ZIXUN_WORKERS: workers },
    });
    expect(run.code, run.output).toBe(0);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(cache)).toBe(false);
  });
});

describe('--pathprefix', () => {
  it('builds the same site, byte for byte, as basePath in site.json', async () => {
    const out = join(temp('zixun-out-'), '_site');
    const [run, reference] = await Promise.all([
      eleventy(['--pathprefix=/news/', '--input=content', `--output=${out}`]),
      runBuild(sampleWith({ basePath: '/news/' })),
    ]);
    expect(run.code, run.output).toBe(0);
    expect(reference.code, reference.output).toBe(0);
    expectSameSite(out, reference.outDir);
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toContain('<link rel="canonical" href="https://zixun.example.com/news/"/>');
    expect(readFileSync(join(out, 'manifest.webmanifest'), 'utf8')).toContain('"scope": "/news/"');
  });

  it('the same sub-path in both is fine', async () => {
    const out = join(temp('zixun-out-'), '_site');
    const run = await eleventy([
      '--pathprefix=news',
      `--input=${sampleWith({ basePath: '/news/' })}`,
      `--output=${out}`,
    ]);
    expect(run.code, run.output).toBe(0);
    expect(readFileSync(join(out, 'feed.xml'), 'utf8')).toContain(
      'href="https://zixun.example.com/news/feed.xml"',
    );
  });

  it('a different basePath: an error naming both', async () => {
    const site = sampleWith({ basePath: '/other/' });
    const out = join(temp('zixun-out-'), '_site');
    const run = await eleventy(['--pathprefix=/news/', `--input=${site}`, `--output=${out}`]);
    expect(run.code).toBe(1);
    expect(run.output.trim().split('\n')).toEqual([
      '[zixun] the build stopped: 1 problem in the content',
      `[zixun] ${join(site, '_data/site.json')}: basePath: found "/other/" (from site.json, its url or ZIXUN_BASE_PATH), but Eleventy's --pathprefix is "/news/"; expected one sub-path: the same in both, or only one of them set`,
    ]);
  });
});
