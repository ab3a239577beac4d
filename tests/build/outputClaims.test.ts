import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputPath } from '../../src/render/outputPath.js';
import { loadSite } from '../../src/site/loadSite.js';
import { claimKey } from '../../src/site/outputClaims.js';
import { siteClaims } from '../../src/site/siteClaims.js';
import { fixture, makeSite, runBuild } from '../support/buildFixture.js';

const expected = 'expected a URL no other page or file uses (set a different permalink)';

/** A plain article on 2024-05-<day>, with extra front matter lines. */
function article(day: number, extra = ''): string {
  return `---\ntitle: 第${day}篇\ndate: 2024-05-${day} 08:00:00\n${extra}---\n\n正文。\n`;
}

/** Builds a site that must fail, and checks that it wrote nothing and printed no stack trace. */
async function failingBuild(
  articles: Record<string, string>,
  settings: Record<string, unknown> = {},
): Promise<{ site: string; lines: string[] }> {
  const site = makeSite(articles, settings);
  const build = await runBuild(site);
  expect(build.code, build.output).toBe(1);
  expect(build.output).not.toMatch(/^\s+at /m);
  expect(build.output).not.toContain('EISDIR');
  expect(existsSync(build.outDir)).toBe(false);
  expect(readdirSync(dirname(build.outDir))).toEqual([]);
  const lines = build.output.split('\n').filter((line) => line.startsWith('[zixun] /'));
  return { site, lines };
}

describe('an article may not take a page or file the site writes', () => {
  it('permalink /index.html: the home page', async () => {
    const { site, lines } = await failingBuild({
      'a.md': article(28, 'permalink: /index.html\n'),
      'b.md': article(29),
    });
    expect(lines).toEqual([
      `[zixun] ${join(site, 'articles/a.md')}: permalink: "/index.html" writes /index.html, but the home page writes that file too; ${expected}`,
    ]);
  });

  it("another article's URL written with index.html", async () => {
    const { site, lines } = await failingBuild({
      'a.md': article(30),
      'b.md': article(28, 'permalink: /2024/05/30/a/index.html\n'),
    });
    expect(lines).toEqual([
      `[zixun] ${join(site, 'articles/b.md')}: permalink: "/2024/05/30/a/index.html" writes /2024/05/30/a/index.html, but ${join(site, 'articles/a.md')} writes that file too; ${expected}`,
    ]);
  });

  it.each([
    ['/tags/index.html', 'the keyword index'],
    ['/search/index.html', 'the search page'],
  ])('permalink %s: %s', async (permalink, owner) => {
    const { site, lines } = await failingBuild({
      'a.md': article(28, `permalink: ${permalink}\n`),
    });
    expect(lines).toEqual([
      `[zixun] ${join(site, 'articles/a.md')}: permalink: "${permalink}" writes ${permalink}, but ${owner} writes that file too; ${expected}`,
    ]);
  });

  it('permalink /page/2/index.html: page 2 of the home list, or the folder kept for it', async () => {
    const { site, lines } = await failingBuild(
      {
        'a.md': article(28, 'permalink: /page/2/index.html\n'),
        'b.md': article(29),
        'c.md': article(30),
      },
      { pageSize: { home: 2, keyword: 20, archive: 20 } },
    );
    expect(lines).toEqual([
      `[zixun] ${join(site, 'articles/a.md')}: permalink: "/page/2/index.html" writes /page/2/index.html, but page 2 of the home list writes that file too; ${expected}`,
    ]);
    const one = await failingBuild({ 'a.md': article(28, 'permalink: /page/2/\n') });
    expect(one.lines).toEqual([
      `[zixun] ${join(one.site, 'articles/a.md')}: permalink: "/page/2/" writes /page/2/index.html, but the site keeps /page/ for the home page's later pages; ${expected}`,
    ]);
  });

  it.each([
    ['/feed.xml/', "the site's Atom feed"],
    ['/sw.js/', 'the service worker'],
    ['/sitemap.xml/', 'the sitemap'],
    ['/robots.txt/', 'robots.txt'],
    ['/404.html/', 'the 404 page'],
    ['/_headers/', "the hosts' header rules (_headers)"],
    ['/manifest.webmanifest/', 'the web app manifest'],
  ])('permalink %s: a folder where %s is a file', async (permalink, owner) => {
    const { site, lines } = await failingBuild({
      'a.md': article(28, `permalink: ${permalink}\n`),
    });
    expect(lines).toEqual([
      `[zixun] ${join(site, 'articles/a.md')}: permalink: "${permalink}" writes ${permalink}index.html, but ${owner} is the file ${permalink.slice(0, -1)}; ${expected}`,
    ]);
  });
});

describe('an article may not go inside a folder the site keeps', () => {
  it.each([
    ['/search/index.0a1b2c3d4e.json/', '/search/', 'the search page and its index files'],
    ['/assets/site.css/', '/assets/', 'stylesheets, scripts and icons'],
    ['/images/photo.jpg/', '/images/', 'images copied from content/images/'],
    ['/archive/2099/', '/archive/', 'date archives'],
  ])('permalink %s', async (permalink, folder, owner) => {
    const { site, lines } = await failingBuild({
      'a.md': article(28, `permalink: ${permalink}\n`),
    });
    expect(lines).toEqual([
      `[zixun] ${join(site, 'articles/a.md')}: permalink: "${permalink}" writes ${permalink}index.html, but the site keeps ${folder} for ${owner}; ${expected}`,
    ]);
  });
});

describe('paths that one file system stores as one file', () => {
  it.each([
    ['case', '/About/', '/about/'],
    ['Unicode form', '/caf\u00e9/', '/cafe\u0301/'],
  ])('differ only in %s', async (_name, first, second) => {
    const { site, lines } = await failingBuild({
      'a.md': article(29, `permalink: ${first}\n`),
      'b.md': article(28, `permalink: ${second}\n`),
    });
    expect(lines).toEqual([
      `[zixun] ${join(site, 'articles/b.md')}: permalink: "${second}" writes ${second}index.html, but ${join(site, 'articles/a.md')} writes ${first}index.html, the same file where case and Unicode form do not count (macOS, Windows); ${expected}`,
    ]);
  });
});

describe('a keyword may not give a page where the site has a file', () => {
  it('the keyword "index.html"', async () => {
    const { site, lines } = await failingBuild({
      'a.md': article(28, 'keywords: [index.html]\n'),
    });
    expect(lines).toEqual([
      `[zixun] ${join(site, 'articles/a.md')}: keywords: "index.html" gets the page /tags/index.html/, which writes /tags/index.html/index.html, but the keyword index is the file /tags/index.html; expected a keyword page no other page or file uses (pin "index.html" to another slug under "keywordSlugs" in ${join(site, '_data/site.json')})`,
    ]);
  });
});

describe('clashes are reported with every other content problem', () => {
  it('in one run, in file order', async () => {
    const { site, lines } = await failingBuild({
      'a.md': article(28, 'permalink: /feed.xml/\n'),
      'b.md': '---\ntitle: 乙\ndate: 2024-02-30\n---\n正文',
      'c.md': article(29, 'permalink: /tags/\n'),
    });
    expect(lines.map((line) => line.replace(`${site}/`, ''))).toEqual([
      `[zixun] articles/a.md: permalink: "/feed.xml/" writes /feed.xml/index.html, but the site's Atom feed is the file /feed.xml; ${expected}`,
      '[zixun] articles/b.md: date: "2024-02-30" is not a real date (February 2024 has 29 days)',
      `[zixun] articles/c.md: permalink: "/tags/" writes /tags/index.html, but the keyword index writes that file too; ${expected}`,
    ]);
  });
});

/** Site paths of every file a build wrote. */
function writtenFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(outDir, path)).isFile())
    .map((path) => `/${path.split('\\').join('/')}`);
}

/** The claims of a site, as loadSite checks them: files (by claimKey) and folders. */
async function claimsOf(inputDir: string, env: Record<string, string> = {}) {
  const model = await loadSite({ inputDir, env });
  const claims = siteClaims({
    ...model,
    sitemap: model.sitemap.map((file) => file.path),
    settingsFile: 'site.json',
  });
  const files = new Set(
    claims.filter((claim) => claim.kind !== 'folder').map((c) => claimKey(outputPath(c.path))),
  );
  const folders = claims.filter((claim) => claim.kind === 'folder').map((claim) => claim.path);
  const unclaimed = (written: string[]) =>
    written.filter(
      (path) => !files.has(claimKey(path)) && !folders.some((folder) => path.startsWith(folder)),
    );
  return { files, unclaimed };
}

describe('a site without clashes', () => {
  it('builds, and writes exactly the files it claims', async () => {
    const build = await runBuild(fixture('basic'));
    expect(build.code, build.output).toBe(0);
    expect(build.output).toMatch(
      /^\[zixun\] 13 articles, 31 pages written \(59 files\), 0 warnings/m,
    );
    const { files, unclaimed } = await claimsOf(fixture('basic'));
    const written = writtenFiles(build.outDir);
    expect(unclaimed(written)).toEqual([]);
    const writtenKeys = new Set(written.map(claimKey));
    expect([...files].filter((key) => !writtenKeys.has(key))).toEqual([]);
  });

  it.each([
    ['portable', { ZIXUN_PORTABLE: '1' }, {}],
    ['kill switch', {}, { offline: { enabled: false } }],
    ['sub-path', { ZIXUN_BASE_PATH: '/news/' }, {}],
  ])('writes no file it did not claim in the %s build', async (_mode, env, settings) => {
    const site = makeSite(
      {
        'a.md': article(28, 'keywords: [人工智能, AI]\n'),
        'b.md': article(29, 'permalink: /about/\n'),
      },
      settings,
    );
    const build = await runBuild(site, undefined, env);
    expect(build.code, build.output).toBe(0);
    const { unclaimed } = await claimsOf(site, env);
    expect(unclaimed(writtenFiles(build.outDir))).toEqual([]);
  });
});
