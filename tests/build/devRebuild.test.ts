import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSite } from '../support/buildFixture.js';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const eleventyCli = join(projectRoot, 'node_modules/@11ty/eleventy/cmd.cjs');

// Two groups of eight articles, a year apart, each sharing one keyword: every article's related
// articles and neighbours are in its own group, so an edit in one group changes no page of the other.
const articles: Record<string, string> = {};
for (let day = 1; day <= 8; day++) {
  const image = day === 1 ? 'image: /images/lead.svg\nimageAlt: 题图\n' : '';
  articles[`x${day}.md`] =
    `---\ntitle: 甲组第${day}篇\ndate: 2023-01-0${day} 10:00:00\nkeywords: [甲组]\n${image}---\n甲组正文${day}。\n`;
  articles[`y${day}.md`] =
    `---\ntitle: 乙组第${day}篇\ndate: 2024-06-0${day} 10:00:00\nkeywords: [乙组]\n---\n乙组正文${day}。\n`;
}

const svg = (width: number, height: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%"/></svg>`;

let watcher: ChildProcess | undefined;
afterAll(() => {
  watcher?.kill();
});

describe('the dev server rebuilding after an edit', () => {
  it('rewrites the pages that show the edited article and leaves every other page alone', async () => {
    const site = makeSite(articles);
    mkdirSync(join(site, 'images'));
    writeFileSync(join(site, 'images/lead.svg'), svg(800, 450));
    const out = join(mkdtempSync(join(tmpdir(), 'zixun-watch-')), '_site');
    const child = spawn(
      process.execPath,
      [eleventyCli, '--watch', '--quiet', `--input=${site}`, `--output=${out}`],
      { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    watcher = child;
    let builds = 0;
    let log = '';
    const hear = (chunk: Buffer) => {
      log += chunk.toString();
      builds = (log.match(/Wrote \d+ files?/g) ?? []).length;
    };
    child.stdout?.on('data', hear);
    child.stderr?.on('data', hear);
    const waitForBuild = async (count: number) => {
      const deadline = Date.now() + 60_000;
      while (builds < count) {
        if (Date.now() > deadline) throw new Error(`no rebuild ${count}; output:\n${log}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    await waitForBuild(1);

    const page = (path: string) => join(out, path, 'index.html');
    const paths = {
      edited: '/2024/06/03/y3/',
      neighbour: '/2024/06/04/y4/',
      otherGroup: '/2023/01/05/x5/',
      otherKeyword: '/tags/甲组/',
      ownKeyword: '/tags/乙组/',
      home: '/',
    };
    const before = Object.fromEntries(
      Object.entries(paths).map(([name, path]) => [name, statSync(page(path)).mtimeMs]),
    );
    const feedBefore = statSync(join(out, 'tags/甲组/feed.xml')).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 50));

    const file = join(site, 'articles/y3.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('乙组第3篇', '乙组第3篇（更正）'));
    await waitForBuild(2);

    const read = (path: string) => readFileSync(page(path), 'utf8');
    expect(read(paths.edited)).toContain('<h1 class="article__title">乙组第3篇（更正）</h1>');
    for (const name of ['neighbour', 'ownKeyword', 'home'] as const) {
      expect(read(paths[name]), name).toContain('乙组第3篇（更正）');
      expect(statSync(page(paths[name])).mtimeMs, name).toBeGreaterThan(before[name] ?? 0);
    }
    for (const name of ['otherGroup', 'otherKeyword'] as const) {
      expect(read(paths[name]), name).not.toContain('乙组');
      expect(statSync(page(paths[name])).mtimeMs, name).toBe(before[name]);
    }
    expect(statSync(join(out, 'tags/甲组/feed.xml')).mtimeMs).toBe(feedBefore);
    expect(readFileSync(join(out, 'tags/乙组/feed.xml'), 'utf8')).toContain('乙组第3篇（更正）');

    // A lead image replaced by one of another size: its article is read again and rewritten.
    expect(read('/2023/01/01/x1/')).toMatch(
      /<img[^>]*src="\/images\/lead\.svg"[^>]*width="800" height="450"/,
    );
    writeFileSync(join(site, 'images/lead.svg'), svg(640, 480));
    await waitForBuild(3);
    expect(read('/2023/01/01/x1/')).toMatch(
      /<img[^>]*src="\/images\/lead\.svg"[^>]*width="640" height="480"/,
    );
  });
});
