import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchManifest } from '../../src/search/buildSearchIndex.js';
import { makeSite, runBuild, type BuildResult } from '../support/buildFixture.js';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const eleventyCli = join(projectRoot, 'node_modules/@11ty/eleventy/cmd.cjs');

const articles = {
  'rust.md':
    '---\ntitle: Rust 进内核\ndate: 2024-05-30 08:00:00\nkeywords: [Rust, 开源]\n---\n\n正文。\n',
  'ai.md':
    '---\ntitle: 新模型发布\ndate: 2024-05-28 08:00:00\nkeywords: [人工智能]\n---\n\n正文。\n',
  // Would be a page at /articles/page/ if articles were templates.
  'page.njk': '---\ntitle: 不该出现\nlayout: page\n---\n<p>不该出现</p>\n',
};

/** One page in each format Eleventy ships, all with `layout: page`. */
const pages: Record<string, string> = {
  'about.md':
    '---\ntitle: 关于我们\ndescription: 本站简介\nlayout: page\nsearch: true\n---\n\n## 我们是谁\n\n见[开源](/tags/开源/)与[外站](https://other.example.com/)。\n',
  'nunjucks.njk':
    '---\ntitle: 专题\nlayout: page\n---\n<ul>{% for a in collections.articles %}<li><a href="{{ a.url }}">{{ a.title }}</a> {{ a.date | formatDate }}</li>{% endfor %}</ul>\n',
  'liquid.liquid': '---\ntitle: 液体\nlayout: page\n---\n<p>{{ "人工智能" | keywordUrl }}</p>\n',
  'plain.html': '---\ntitle: 超文本\nlayout: page.11ty.js\n---\n<p>HTML 页面</p>\n',
  'script.11ty.js':
    'export const data = { title: "脚本", layout: "page", permalink: "/script/" };\nexport function render() { return "<p>11ty.js 页面</p>"; }\n',
  'bare.njk': '---\npermalink: /bare.txt\n---\n纯文本\n',
  'hidden.md': '---\ntitle: 不收录\nlayout: page\nsitemap: false\n---\n\n内容。\n',
  'images/x.njk': '---\ntitle: 图片夹\n---\n<p>不该出现</p>\n',
};

const settings = {
  nav: [
    { title: '首页', url: '/' },
    { title: '关于我们', url: '/about/' },
  ],
};

function ownerSite(
  extra: Record<string, string> = {},
  siteSettings: Record<string, unknown> = settings,
): string {
  const site = makeSite(articles, siteSettings);
  for (const [path, text] of Object.entries({ ...pages, ...extra })) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  }
  return site;
}

/** Runs the plain Eleventy CLI, as `npx @11ty/eleventy` does. */
function eleventy(input: string): Promise<BuildResult & { code: number }> {
  const outDir = join(mkdtempSync(join(tmpdir(), 'zixun-owner-')), '_site');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [eleventyCli, '--quiet', `--input=${input}`, `--output=${outDir}`],
      { cwd: projectRoot, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
        resolve({
          code: error ? 1 : 0,
          output: stdout + stderr,
          outDir,
          read,
          page: (path) => load(read(path)),
        });
      },
    );
  });
}

const body = (build: BuildResult, path: string) =>
  build.page(path)('main .article__body').html()?.trim();

let builds: [string, BuildResult][];

beforeAll(async () => {
  const site = ownerSite();
  const [cli, plain] = await Promise.all([runBuild(site), eleventy(site)]);
  builds = [
    ['the build CLI', cli],
    ['the Eleventy CLI', plain],
  ];
});

describe.each([0, 1])('owner pages under content/ (%i: build CLI, Eleventy CLI)', (which) => {
  const build = () => (builds[which] as [string, BuildResult])[1];

  it('builds each format with the layout around its content', () => {
    expect(build().code, build().output).toBe(0);
    expect(body(build(), '/about/index.html')).toBe(
      '<h2 id="我们是谁">我们是谁</h2>\n<p>见<a href="/tags/%E5%BC%80%E6%BA%90/">开源</a>与<a href="https://other.example.com/" rel="noopener noreferrer">外站</a>。</p>',
    );
    expect(body(build(), '/nunjucks/index.html')).toBe(
      '<ul><li><a href="/2024/05/30/rust/">Rust 进内核</a> 2024/5/30 8:00:00</li><li><a href="/2024/05/28/ai/">新模型发布</a> 2024/5/28 8:00:00</li></ul>',
    );
    expect(body(build(), '/liquid/index.html')).toBe('<p>/tags/人工智能/</p>');
    expect(body(build(), '/plain/index.html')).toBe('<p>HTML 页面</p>');
    expect(body(build(), '/script/index.html')).toBe('<p>11ty.js 页面</p>');
    expect(build().read('/bare.txt')).toBe('纯文本\n');
  });

  it('leaves articles/ and images/ out of the templates', () => {
    expect(existsSync(join(build().outDir, 'articles'))).toBe(false);
    expect(existsSync(join(build().outDir, 'images/x'))).toBe(false);
  });

  it('gives a page the full site: header, nav, search, 设置, footer, CSS, CSP, service worker', () => {
    const $ = build().page('/about/index.html');
    const home = build().page('/index.html');
    expect($('title').text()).toBe('关于我们 - 测试站');
    expect($('meta[name="description"]').attr('content')).toBe('本站简介');
    expect($('head > *').eq(1).attr('http-equiv')).toBe('Content-Security-Policy');
    expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toBe(
      home('meta[http-equiv="Content-Security-Policy"]').attr('content'),
    );
    expect($('link[rel="stylesheet"]').attr('href')).toBe(
      home('link[rel="stylesheet"]').attr('href'),
    );
    expect($('script[data-sw]').attr('data-sw')).toBe('/sw.js');
    expect($('link[rel="canonical"]').attr('href')).toBe('https://test.example.com/about/');
    expect(
      $('.site-nav a')
        .map((_, a) => `${$(a).text()} ${$(a).attr('href')}`)
        .get(),
    ).toEqual(['首页 /', '关于我们 /about/']);
    expect($('form.site-search').attr('action')).toBe('/search/');
    expect($('#settings-panel input[name="scheme"]').length).toBe(3);
    expect($('footer.site-footer .copyright').text()).toBe('© 测试');
    expect(
      $('.breadcrumb li')
        .map((_, li) => $(li).text())
        .get(),
    ).toEqual(['首页', '关于我们']);
    expect($('h1.article__title').text()).toBe('关于我们');
    // Without a description, the site's.
    expect(build().page('/plain/index.html')('meta[name="description"]').attr('content')).toBe(
      '测试用站点',
    );
  });

  it('lists the HTML pages in the sitemap, but for sitemap: false', () => {
    const locs = load(build().read('/sitemap.xml'), { xml: true })('url > loc')
      .map((_, loc) => load(loc).text())
      .get()
      .filter((loc) => !/\/(20\d\d|tags|keywords|archive)\/|\.example\.com\/$/.test(loc));
    expect(locs.sort()).toEqual([
      'https://test.example.com/about/',
      'https://test.example.com/liquid/',
      'https://test.example.com/nunjucks/',
      'https://test.example.com/plain/',
      'https://test.example.com/script/',
    ]);
  });

  it('indexes for search only the pages whose front matter says search: true', () => {
    const $ = build().page('/search/index.html');
    const manifestPath = $('form.search-form').attr('data-index') ?? '';
    const manifest = JSON.parse(build().read(manifestPath)) as SearchManifest;
    const rows = manifest.meta.flatMap(
      (hash, shard) =>
        JSON.parse(
          gunzipSync(
            readFileSync(join(build().outDir, 'search', `d${shard}.${hash}.bin`)),
          ).toString(),
        ) as unknown[][],
    );
    expect(manifest.documents).toBe(3);
    expect(rows.map((row) => row[0])).toEqual(['/2024/05/28/ai/', '/2024/05/30/rust/', '/about/']);
    expect(rows[2]).toEqual(['/about/', '关于我们', '', '本站简介', []]);
  });
});

describe('owner pages that cannot build', () => {
  it('stops on a page whose URL is an article’s or a keyword page’s, naming both files', async () => {
    const site = ownerSite({
      'clash.md': '---\ntitle: 撞车\nlayout: page\npermalink: /2024/05/30/rust/\n---\n\n内容\n',
      'tag.njk': '---\npermalink: /tags/开源/index.html\n---\n内容\n',
    });
    const [cli, plain] = await Promise.all([runBuild(site), eleventy(site)]);
    for (const build of [cli, plain]) {
      expect(build.code).toBe(1);
      const lines = build.output.split('\n').filter((line) => line.includes('permalink:'));
      expect(lines).toEqual([
        `[zixun] ${site}/clash.md: permalink: "/2024/05/30/rust/" writes /2024/05/30/rust/index.html, but ${site}/articles/rust.md writes that file too; expected a URL no article, other page or file of the site uses (set a different permalink in its front matter)`,
        `[zixun] ${site}/tag.njk: permalink: "/tags/开源/" writes /tags/开源/index.html, but the keyword page "开源" writes that file too; expected a URL no article, other page or file of the site uses (set a different permalink in its front matter)`,
      ]);
      expect(build.output).not.toMatch(/\n\s+at /);
    }
  });

  it('stops on a layout: page without a title, naming the file', async () => {
    const site = ownerSite({ 'untitled.md': '---\nlayout: page\n---\n\n内容\n' });
    const [cli, plain] = await Promise.all([runBuild(site), eleventy(site)]);
    for (const build of [cli, plain]) {
      expect(build.code).toBe(1);
      expect(build.output).toContain(
        `[zixun] ${site}/untitled.md: title: found nothing; expected the page title, e.g. title: 关于我们 (layout: page shows it in the header and the browser tab)`,
      );
    }
  });

  it('stops on search: true with a permalink only Eleventy can compute', async () => {
    const site = ownerSite({
      'computed.njk': '---\ntitle: 算出来的\nsearch: true\npermalink: "/{{ title }}/"\n---\n内容\n',
    });
    const build = await runBuild(site);
    expect(build.code).toBe(1);
    expect(build.output).toContain(
      `[zixun] ${site}/computed.njk: permalink: found "/{{ title }}/"; search: true needs a URL known before the page renders (a plain permalink such as /about/, or none)`,
    );
  });
});

describe('the sample site', () => {
  let sample: BuildResult;
  beforeAll(async () => {
    sample = await runBuild(join(projectRoot, 'content'));
  });

  it('links 关于我们 (content/about.md) from the nav and builds it in the layout', () => {
    expect(sample.code, sample.output).toBe(0);
    const home = sample.page('/index.html');
    expect(home('.site-nav a:contains("关于我们")').attr('href')).toBe('/about/');
    const $ = sample.page('/about/index.html');
    expect($('title').text()).toBe('关于我们 - 资讯');
    expect(
      $('main .article__body h2')
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual(['我们写什么', '联系我们']);
    expect($('main .article__body a[href="/special/"]').text()).toBe('专题页');
    expect($('main .article__body a[href="/2024/06/03/offline-reading/"]').length).toBe(1);
  });

  it('lists the articles of 人工智能 and 操作系统 on 专题 (content/special.njk), newest first', () => {
    const $ = sample.page('/special/index.html');
    const topics = $('main .article__body h2')
      .map((_, h) => {
        const items = $(h)
          .next('ul')
          .find('li')
          .map((__, li) => $(li).text().replace(/\s+/g, ' ').trim())
          .get();
        return [[$(h).text(), items]];
      })
      .get();
    expect(topics).toEqual([
      [
        '人工智能',
        [
          '马斯克与 LeCun 再次隔空争论：AI 安全到底该由谁来监管 2024/5/28 6:30:01',
          'xAI 发布新一代模型，声称在数学推理上超过同级产品 2024/5/28 6:00:00',
          '国产大模型价格战升级，百万 tokens 输入价格降到一元以下 2024/5/21 2:15:00',
        ],
      ],
      [
        '操作系统',
        [
          'Linux 内核中的 Rust 代码量一年翻倍，驱动开发者开始尝鲜 2024/5/30 0:40:00',
          '原生鸿蒙应用数量突破新关口，开发者工具链迎来更新 2024/5/10 1:20:00',
        ],
      ],
    ]);
    expect($('main .article__body a[href="/tags/操作系统/"]').text()).toBe(
      '查看“操作系统”的全部文章',
    );
  });

  it('puts both pages in the sitemap', () => {
    const xml = sample.read('/sitemap.xml');
    expect(xml).toContain('<url><loc>https://zixun.example.com/about/</loc></url>');
    expect(xml).toContain('<url><loc>https://zixun.example.com/special/</loc></url>');
  });
});

describe('owner pages under a base path', () => {
  it('link, list and are listed under it', async () => {
    const build = await runBuild(ownerSite({}, { ...settings, basePath: '/news/' }));
    expect(build.code, build.output).toBe(0);
    const $ = build.page('/about/index.html');
    expect($('.site-nav a:contains("关于我们")').attr('href')).toBe('/news/about/');
    expect($('main .article__body a:contains("开源")').attr('href')).toBe(
      '/news/tags/%E5%BC%80%E6%BA%90/',
    );
    expect($('link[rel="canonical"]').attr('href')).toBe('https://test.example.com/news/about/');
    const list = build.page('/nunjucks/index.html');
    expect(
      list('main .article__body a')
        .map((_, a) => list(a).attr('href'))
        .get(),
    ).toEqual(['/news/2024/05/30/rust/', '/news/2024/05/28/ai/']);
    expect(body(build, '/liquid/index.html')).toBe('<p>/news/tags/人工智能/</p>');
    expect(build.read('/sitemap.xml')).toContain(
      '<url><loc>https://test.example.com/news/about/</loc></url>',
    );
  });
});
