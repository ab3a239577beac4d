import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSite } from '../support/buildFixture.js';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const eleventyCli = join(projectRoot, 'node_modules/@11ty/eleventy/cmd.cjs');

let watcher: ChildProcess | undefined;
afterAll(() => {
  watcher?.kill();
});

describe('the dev server and owner pages', () => {
  it('rebuilds a page on save, and adds a new one to the sitemap', async () => {
    const site = makeSite({
      'a.md': '---\ntitle: 第一篇\ndate: 2024-05-28 08:00:00\n---\n\n正文。\n',
    });
    writeFileSync(join(site, 'about.md'), '---\ntitle: 关于\nlayout: page\n---\n\n第一版。\n');
    const out = join(mkdtempSync(join(tmpdir(), 'zixun-watch-')), '_site');
    const child = spawn(
      process.execPath,
      [eleventyCli, '--watch', '--quiet', `--input=${site}`, `--output=${out}`],
      { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    watcher = child;
    let log = '';
    const builds = () => (log.match(/Wrote \d+ files?/g) ?? []).length;
    const hear = (chunk: Buffer) => {
      log += chunk.toString();
    };
    child.stdout?.on('data', hear);
    child.stderr?.on('data', hear);
    const waitForBuild = async (count: number) => {
      const deadline = Date.now() + 40_000;
      while (builds() < count) {
        if (Date.now() > deadline) throw new Error(`no build ${count}; output:\n${log}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // Eleventy's file watcher may still be starting when the first build is done.
      await new Promise((resolve) => setTimeout(resolve, 500));
    };
    const body = () =>
      /<div class="article__body">([\s\S]*?)<\/div>/.exec(
        readFileSync(join(out, 'about/index.html'), 'utf8'),
      )?.[1];
    await waitForBuild(1);
    expect(body()).toBe('<p>第一版。</p>\n');

    writeFileSync(join(site, 'about.md'), '---\ntitle: 关于\nlayout: page\n---\n\n第二版。\n');
    await waitForBuild(2);
    expect(body()).toBe('<p>第二版。</p>\n');

    writeFileSync(join(site, 'contact.njk'), '---\ntitle: 联系\nlayout: page\n---\n<p>信箱</p>\n');
    await waitForBuild(3);
    expect(readFileSync(join(out, 'contact/index.html'), 'utf8')).toContain('<p>信箱</p>');
    expect(readFileSync(join(out, 'sitemap.xml'), 'utf8')).toContain(
      '<url><loc>https://test.example.com/contact/</loc></url>',
    );
  });
});
