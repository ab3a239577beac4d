import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSite, runBuild } from '../support/buildFixture.js';

const good = '---\ntitle: 正常文章\ndate: 2024-05-28 06:30:01\n---\n\n正文。\n';

/** Error lines of a failed build, without the trailing "nothing was written" line. */
function problemLines(output: string): string[] {
  return output
    .trim()
    .split('\n')
    .filter((line) => line.startsWith('[zixun] /') || line.startsWith('[zixun] warning'));
}

describe('each validation rule names the file, the field, what was found and what is expected', () => {
  it.each([
    [
      'missing title',
      '---\ndate: 2024-05-28\n---\n正文',
      'title: is required; expected a non-empty title',
    ],
    [
      'empty title',
      '---\ntitle: "  "\ndate: 2024-05-28\n---\n正文',
      'title: found an empty string; expected a non-empty title',
    ],
    [
      'date that does not exist',
      '---\ntitle: 标题\ndate: 2024-02-30\n---\n正文',
      'date: "2024-02-30" is not a real date (February 2024 has 29 days)',
    ],
    ['missing date', '---\ntitle: 标题\n---\n正文', 'date: is required;'],
    [
      'reference that is not http(s)',
      '---\ntitle: 标题\ndate: 2024-05-28\nreferences: ["javascript:alert(1)"]\n---\n正文',
      'references[0].url: found "javascript:alert(1)"; expected an http(s) URL such as "https://example.com/a"',
    ],
    [
      'reference item without url',
      '---\ntitle: 标题\ndate: 2024-05-28\nreferences:\n  - title: 只有标题\n---\n正文',
      'references[0].url: is required',
    ],
    [
      'keywords that are not strings',
      '---\ntitle: 标题\ndate: 2024-05-28\nkeywords: [AI, 5]\n---\n正文',
      'keywords[1]: found number 5; expected each keyword to be text; quote numbers like "5G"',
    ],
    [
      'keywords that are not a list',
      '---\ntitle: 标题\ndate: 2024-05-28\nkeywords: AI\n---\n正文',
      'keywords: found "AI"; expected a list of keywords, e.g. [人工智能, OpenAI]',
    ],
    [
      'image without imageAlt',
      '---\ntitle: 标题\ndate: 2024-05-28\nimage: /images/a.png\n---\n正文',
      'imageAlt: is required; expected a description of the lead image, required when image is set',
    ],
    [
      'sourceUrl that is not http(s)',
      '---\ntitle: 标题\ndate: 2024-05-28\nsourceUrl: ftp://x.example.com\n---\n正文',
      'sourceUrl: found "ftp://x.example.com"; expected an http(s) URL',
    ],
    [
      'draft that is not a boolean',
      '---\ntitle: 标题\ndate: 2024-05-28\ndraft: "yes"\n---\n正文',
      'draft: found "yes"; expected true or false',
    ],
    [
      'permalink escaping the site',
      '---\ntitle: 标题\ndate: 2024-05-28\npermalink: /../../etc/\n---\n正文',
      'permalink: found "/../../etc/"; expected a site path',
    ],
    [
      'no front matter',
      '正文而已',
      'front matter: found no front matter; expected the file to start with a "---" line',
    ],
    [
      'broken YAML',
      '---\ntitle: 标题\ndate: [2024\n---\n正文',
      'front matter: is not valid YAML at line',
    ],
  ])('%s', async (_name, source, expected) => {
    const site = makeSite({ 'bad.md': source });
    const build = await runBuild(site);
    expect(build.code).toBe(1);
    const lines = problemLines(build.output);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`[zixun] ${join(site, 'articles/bad.md')}: ${expected}`);
  });

  it('reports a file that is not UTF-8', async () => {
    const gbk = Uint8Array.from([
      0x2d, 0x2d, 0x2d, 0x0a, 0xc4, 0xe3, 0xba, 0xc3, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a,
    ]);
    const site = makeSite({ 'gbk.md': gbk });
    const build = await runBuild(site);
    expect(build.code).toBe(1);
    expect(problemLines(build.output)).toEqual([
      `[zixun] ${join(site, 'articles/gbk.md')}: is not valid UTF-8 text; expected the file to be saved as UTF-8`,
    ]);
  });

  it('reports two articles that claim the same URL, naming both', async () => {
    const site = makeSite({
      'a.md': '---\ntitle: 甲\ndate: 2024-05-28\npermalink: /same/\n---\n正文',
      'b.md': '---\ntitle: 乙\ndate: 2024-05-29\npermalink: /same/\n---\n正文',
    });
    const build = await runBuild(site);
    expect(build.code).toBe(1);
    expect(problemLines(build.output)).toEqual([
      `[zixun] ${join(site, 'articles/a.md')}: permalink: "/same/" writes /same/index.html, but ${join(site, 'articles/b.md')} writes that file too; expected a URL no other page or file uses (set a different permalink)`,
    ]);
  });
});

describe('article URLs that another page of the site has', () => {
  it("reports an article that takes a list page URL or one of the site's own pages, in one run", async () => {
    const site = makeSite(
      {
        'a.md': '---\ntitle: 甲\ndate: 2024-05-28\npermalink: /tags/\n---\n正文',
        'b.md': '---\ntitle: 乙\ndate: 2024-05-29\npermalink: /page/2/\n---\n正文',
        'c.md': '---\ntitle: 丙\ndate: 2024-05-30\n---\n正文',
      },
      { pageSize: { home: 2, keyword: 20, archive: 20 } },
    );
    const build = await runBuild(site);
    expect(build.code).toBe(1);
    expect(problemLines(build.output)).toEqual([
      `[zixun] ${join(site, 'articles/a.md')}: permalink: "/tags/" writes /tags/index.html, but the keyword index writes that file too; expected a URL no other page or file uses (set a different permalink)`,
      `[zixun] ${join(site, 'articles/b.md')}: permalink: "/page/2/" writes /page/2/index.html, but page 2 of the home list writes that file too; expected a URL no other page or file uses (set a different permalink)`,
    ]);

    const second = makeSite({
      'a.md': '---\ntitle: 甲\ndate: 2024-05-28\npermalink: /tags/\n---\n正文',
      'b.md': '---\ntitle: 乙\ndate: 2024-05-29\npermalink: /404.html\n---\n正文',
    });
    const again = await runBuild(second);
    expect(again.code).toBe(1);
    expect(problemLines(again.output)).toEqual([
      `[zixun] ${join(second, 'articles/a.md')}: permalink: "/tags/" writes /tags/index.html, but the keyword index writes that file too; expected a URL no other page or file uses (set a different permalink)`,
      `[zixun] ${join(second, 'articles/b.md')}: permalink: "/404.html" writes /404.html, but the 404 page writes that file too; expected a URL no other page or file uses (set a different permalink)`,
    ]);
  });
});

describe('failing builds', () => {
  it('reports every problem in every file in one run', async () => {
    const site = makeSite({
      'ok.md': good,
      'a.md': '---\ndate: 2024-02-30\nreferences: [javascript:alert(1)]\nkeywords: [1]\n---\n正文',
      'sub/b.md': '没有前言',
      'c.md': '---\ntitle: 丙\ndate: 2024-13-01\n---\n正文',
    });
    const build = await runBuild(site);
    expect(build.code).toBe(1);
    const lines = problemLines(build.output).map((line) => line.replace(site + '/', ''));
    expect(lines.map((line) => line.split(':').slice(0, 2).join(':'))).toEqual([
      '[zixun] articles/a.md: title',
      '[zixun] articles/a.md: date',
      '[zixun] articles/a.md: keywords[0]',
      '[zixun] articles/a.md: references[0].url',
      '[zixun] articles/c.md: date',
      '[zixun] articles/sub/b.md: front matter',
    ]);
    expect(build.output).toContain('[zixun] the build stopped: 6 problems in the content');
  });

  it('leaves the previous output exactly as it was', async () => {
    const site = makeSite({ 'ok.md': good });
    const first = await runBuild(site);
    expect(first.code).toBe(0);
    const before = treeDigest(first.outDir);
    const broken = makeSite({ 'ok.md': good, 'bad.md': '---\ntitle: 坏\ndate: tomorrow\n---\n' });
    const second = await runBuild(broken, first.outDir);
    expect(second.code).toBe(1);
    expect(second.output).toContain(`nothing was written; ${first.outDir} is unchanged`);
    expect(treeDigest(first.outDir)).toBe(before);
    const siblings = readdirSync(join(first.outDir, '..'));
    expect(siblings).toEqual(['_site']);
  });

  it('replaces the output on success, dropping pages that no longer exist', async () => {
    const site = makeSite({ 'old.md': good });
    const first = await runBuild(site);
    const next = makeSite({ 'new.md': good.replace('正常文章', '新文章') });
    const second = await runBuild(next, first.outDir);
    expect(second.code).toBe(0);
    expect(() => statSync(join(first.outDir, '2024/05/28/old/index.html'))).toThrow();
    expect(second.page('/2024/05/28/new/index.html')('h1').text()).toBe('新文章');
  });
});

describe('warnings and settings', () => {
  it('warns about unknown fields without failing', async () => {
    const site = makeSite({ 'a.md': '---\ntitle: 甲\ndate: 2024-05-28\ntags: [AI]\n---\n正文' });
    const build = await runBuild(site);
    expect(build.code).toBe(0);
    expect(problemLines(build.output)).toEqual([
      `[zixun] warning: ${join(site, 'articles/a.md')}: tags: is an Eleventy setting, which articles ignore (they are not Eleventy templates): put keywords in "keywords", e.g. keywords: [人工智能], which make the keyword pages /tags/<keyword>/`,
    ]);
    expect(build.output).toContain('1 warning,');
  });

  it('drops the 广告声明 when the site turns it off, and uses custom text otherwise', async () => {
    const off = await runBuild(
      makeSite({ 'a.md': good }, { disclosure: { enabled: false, text: '' } }),
    );
    expect(off.page('/2024/05/28/a/index.html')('.disclosure').length).toBe(0);
    const custom = await runBuild(
      makeSite({ 'a.md': good }, { disclosure: { text: '自定义声明。' } }),
    );
    expect(custom.page('/2024/05/28/a/index.html')('.disclosure').text()).toBe(
      '广告声明：自定义声明。',
    );
  });

  it('reads dates in the configured time zone', async () => {
    const build = await runBuild(makeSite({ 'a.md': good }, { timeZone: 'Europe/Berlin' }));
    const time = build.page('/2024/05/28/a/index.html')('time.meta__date');
    expect([time.text(), time.attr('datetime')]).toEqual([
      '2024/5/28 6:30:01',
      '2024-05-28T06:30:01+02:00',
    ]);
  });

  it('lets ZIXUN_URL override the base URL at build time', async () => {
    const build = await runBuild(makeSite({ 'a.md': good }), undefined, {
      ZIXUN_URL: 'https://cdn.example.net/',
    });
    expect(build.page('/2024/05/28/a/index.html')('link[rel="canonical"]').attr('href')).toBe(
      'https://cdn.example.net/2024/05/28/a/',
    );
  });

  it('rejects script and data links in nav and footer, all in one run, before anything is written', async () => {
    const site = makeSite(
      { 'a.md': good },
      {
        nav: [
          { title: '首页', url: '/' },
          { title: '脚本', url: 'javascript:alert(document.domain)' },
        ],
        footer: {
          groups: [
            {
              title: '组',
              links: [{ title: '页面', url: 'data:text/html,<script>alert(1)</script>' }],
            },
          ],
        },
      },
    );
    const build = await runBuild(site, undefined, { ZIXUN_PORTABLE: '1' });
    const expected =
      'expected an http(s) URL such as "https://example.com/a", a site path such as "/tags/", or a mailto: address';
    expect(build.code).toBe(1);
    expect(problemLines(build.output)).toEqual([
      `[zixun] ${join(site, '_data/site.json')}: nav[1].url: found "javascript:alert(document.domain)"; ${expected}`,
      `[zixun] ${join(site, '_data/site.json')}: footer.groups[0].links[0].url: found "data:text/html,<script>alert(1)</script>"; ${expected}`,
    ]);
    expect(build.output).not.toMatch(/\n\s+at /);
  });

  it('rejects bad site settings with the field named', async () => {
    const build = await runBuild(
      makeSite({ 'a.md': good }, { timeZone: 'Mars/Base', url: 'not a url' }),
    );
    expect(build.code).toBe(1);
    expect(build.output).toContain('_data/site.json: url: found "not a url";');
  });
});

function treeDigest(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  for (const file of files) {
    const path = join(dir, file);
    hash.update(file);
    if (statSync(path).isFile()) hash.update(readFileSync(path));
  }
  return hash.digest('hex');
}
