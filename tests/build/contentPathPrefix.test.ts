import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSite, runBuild } from '../support/buildFixture.js';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');

// A sibling of the project whose path begins with the project's path as text
// (/srv/site and /srv/site-content): Eleventy once mistook it for a folder inside the project.
const sibling = mkdtempSync(join(dirname(projectRoot), `${basename(projectRoot)}-content-`));
afterAll(() => {
  rmSync(sibling, { recursive: true, force: true });
});

describe('a content folder whose path begins with the project path', () => {
  it('builds every page', async () => {
    const site = makeSite({
      'a.md': '---\ntitle: 甲文\ndate: 2024-05-28 06:30:01\nkeywords: [人工智能]\n---\n正文。\n',
      'b.md': '---\ntitle: 乙文\ndate: 2024-05-29 06:30:01\n---\n正文。\n',
    });
    cpSync(site, sibling, { recursive: true });
    rmSync(site, { recursive: true, force: true });
    expect(sibling.startsWith(projectRoot)).toBe(true);

    const build = await runBuild(sibling);

    expect(build.output).not.toContain('is not iterable');
    expect(build.code).toBe(0);
    expect(build.page('/2024/05/28/a/index.html')('h1').text()).toBe('甲文');
    expect(build.page('/2024/05/29/b/index.html')('h1').text()).toBe('乙文');
    expect(build.page('/tags/index.html')('a[href="/tags/人工智能/"]').length).toBe(1);
    expect(build.read('/404.html')).toContain('<html');
    expect(build.output).toMatch(/\[zixun\] 2 articles, \d+ pages written/);
  });
});
