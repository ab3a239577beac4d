import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeSite, runBuild, type BuildResult } from '../support/buildFixture.js';

/** An article on day `n` (UTC+8 early morning, so UTC is the day before) with the given keywords. */
function article(n: number, keywords: string[], extra = ''): string {
  const day = String(1 + (n % 28)).padStart(2, '0');
  const month = String(1 + Math.floor(n / 28)).padStart(2, '0');
  return `---\ntitle: 第${n}篇\ndate: 2024-${month}-${day} 0${n % 8}:00:00\nkeywords: ${JSON.stringify(keywords)}\n${extra}---\n\n正文 ${n}。\n`;
}

let build: BuildResult;

beforeAll(async () => {
  const articles: Record<string, string> = {};
  // "一篇" on 1 article, "二十" on 20, "二十一" on 21, "四十五" on 45; "只在草稿" only on a draft.
  for (let n = 0; n < 45; n++) {
    const keywords = ['四十五'];
    if (n < 21) keywords.push('二十一');
    if (n < 20) keywords.push('二十');
    if (n === 0) keywords.push('一篇');
    articles[`a${String(n).padStart(2, '0')}.md`] = article(n, keywords);
  }
  articles['variants-1.md'] = article(50, ['xAI', 'C#', 'C++', '.NET', 'Node.js']);
  articles['variants-2.md'] = article(51, ['XAI', '人工智能']);
  articles['variants-3.md'] = article(52, ['xai ', 'ｘＡＩ', '大模型']);
  articles['variants-4.md'] = article(54, ['xAI']);
  articles['draft.md'] = article(53, ['只在草稿', '四十五'], 'draft: true\n');
  articles['future.md'] =
    '---\ntitle: 未来\ndate: 2099-01-01 08:00:00\nkeywords: [只在未来, 四十五]\n---\n\n未来。\n';
  build = await runBuild(makeSite(articles));
  expect(build.code, build.output).toBe(0);
});

const titles = (path: string) => {
  const $ = build.page(path);
  return $('.article-list__title a')
    .map((_, a) => $(a).text())
    .get();
};
const pageLinks = (path: string) => {
  const $ = build.page(path);
  return $('.pagination__pages a')
    .map((_, a) => [[$(a).text(), $(a).attr('href'), $(a).attr('aria-current') ?? '']])
    .get();
};

describe('keyword pagination boundaries (page size 20)', () => {
  it('0 articles: a keyword used only by a draft or a future article has no page', () => {
    expect(existsSync(join(build.outDir, 'tags/只在草稿/index.html'))).toBe(false);
    expect(existsSync(join(build.outDir, 'tags/只在未来/index.html'))).toBe(false);
    expect(build.read('/tags/index.html')).not.toContain('只在草稿');
  });

  it('1 article: one page, no pagination', () => {
    const $ = build.page('/tags/一篇/index.html');
    expect($('h1').text()).toBe('一篇');
    expect($('.list-header__meta').text()).toContain('共 1 篇文章');
    expect(titles('/tags/一篇/index.html')).toEqual(['第0篇']);
    expect($('.pagination').length).toBe(0);
  });

  it('20 articles: exactly one full page', () => {
    expect(titles('/tags/二十/index.html')).toHaveLength(20);
    expect(existsSync(join(build.outDir, 'tags/二十/2/index.html'))).toBe(false);
  });

  it('21 articles: a second page with the oldest one', () => {
    expect(titles('/tags/二十一/index.html')).toHaveLength(20);
    expect(titles('/tags/二十一/2/index.html')).toEqual(['第0篇']);
    expect(pageLinks('/tags/二十一/2/index.html')).toEqual([
      ['1', '/tags/二十一/', ''],
      ['2', '/tags/二十一/2/', 'page'],
    ]);
    const $ = build.page('/tags/二十一/2/index.html');
    expect($('.pagination__prev').attr('href')).toBe('/tags/二十一/');
    expect($('.pagination__next').length).toBe(0);
  });

  it('45 articles: 20 + 20 + 5, newest first, with prev/next and the count (drafts and future not counted)', () => {
    expect(titles('/tags/四十五/index.html')[0]).toBe('第44篇');
    expect(titles('/tags/四十五/2/index.html')).toHaveLength(20);
    expect(titles('/tags/四十五/3/index.html')).toEqual([
      '第4篇',
      '第3篇',
      '第2篇',
      '第1篇',
      '第0篇',
    ]);
    const $ = build.page('/tags/四十五/2/index.html');
    expect($('.pagination__prev').attr('href')).toBe('/tags/四十五/');
    expect($('.pagination__next').attr('href')).toBe('/tags/四十五/3/');
    expect($('.list-header__meta').text()).toContain('共 45 篇文章');
    expect($('.list-header__feed').attr('href')).toBe('/tags/四十五/feed.xml');
    expect(existsSync(join(build.outDir, 'tags/四十五/4/index.html'))).toBe(false);
  });
});

describe('keyword identity and slugs', () => {
  it('merges case, width and spacing variants into one page titled with the most used spelling', () => {
    const $ = build.page('/tags/xai/index.html');
    // Spellings count once per article: xAI ×2, XAI ×1, "xai " ×1 (ｘＡＩ repeats it in the same article).
    expect($('h1').text()).toBe('xAI');
    expect($('.list-header__meta').text()).toContain('共 4 篇文章');
  });

  it('maps symbols to readable slugs', () => {
    for (const [slug, name] of [
      ['c-sharp', 'C#'],
      ['c-plus-plus', 'C++'],
      ['dotnet', '.NET'],
      ['node.js', 'Node.js'],
      ['人工智能', '人工智能'],
    ]) {
      expect(build.page(`/tags/${slug}/index.html`)('h1').text()).toBe(name);
    }
  });

  it('lists every keyword with its count on /tags/, most used first', () => {
    const $ = build.page('/tags/index.html');
    const rows = $('.keyword-index li')
      .map((_, li) => [[$(li).find('a').text(), $(li).find('.keyword-index__count').text()]])
      .get();
    expect(rows.slice(0, 5)).toEqual([
      ['四十五', '45'],
      ['二十一', '21'],
      ['二十', '20'],
      ['xAI', '4'],
      ['C++', '1'],
    ]);
    expect(rows).toHaveLength(11);
  });
});

describe('the A–Z keyword view', () => {
  it('groups keywords by Latin letter or pinyin initial at /keywords/', () => {
    const $ = build.page('/keywords/index.html');
    const groups = $('.keyword-group')
      .map((_, group) => [
        [
          $(group).find('h2').text(),
          $(group)
            .find('li a')
            .map((__, a) => $(a).text())
            .get(),
        ],
      ])
      .get();
    expect(groups).toEqual([
      ['C', ['C#', 'C++']],
      ['D', ['大模型']],
      ['E', ['二十', '二十一']],
      ['N', ['Node.js']],
      ['R', ['人工智能']],
      ['S', ['四十五']],
      ['X', ['xAI']],
      ['Y', ['一篇']],
      ['#', ['.NET']],
    ]);
  });
});

describe('home and archives', () => {
  it('paginates the home page at /page/2/', () => {
    expect(titles('/index.html')).toHaveLength(20);
    expect(titles('/page/2/index.html')).toHaveLength(20);
    expect(titles('/page/3/index.html')).toHaveLength(9);
    expect(pageLinks('/page/3/index.html').map((link) => link[1])).toEqual([
      '/',
      '/page/2/',
      '/page/3/',
    ]);
  });

  it('groups archives by year and month in the site time zone', () => {
    // Article 0 is 2024-01-01 00:00 in Beijing (2023-12-31 in UTC): it belongs to January 2024.
    expect(titles('/archive/2024/01/page/2/index.html').at(-1)).toBe('第0篇');
    expect(existsSync(join(build.outDir, 'archive/2023/index.html'))).toBe(false);
    expect(titles('/archive/2024/index.html')).toHaveLength(20);
    expect(build.page('/archive/2024/page/3/index.html')('.article-list__item').length).toBe(9);
    const $ = build.page('/archive/index.html');
    expect(
      $('.archive-months a')
        .map((_, a) => $(a).text())
        .get(),
    ).toEqual(['2月', '1月']);
  });
});

describe('keyword slug collisions', () => {
  it('fails the build, naming both keywords and their files, and points to keywordSlugs', async () => {
    const site = makeSite({
      'a.md': article(1, ['C#']),
      'b.md': article(2, ['C sharp']),
    });
    const failed = await runBuild(site);
    expect(failed.code).toBe(1);
    expect(failed.output).toContain(
      `[zixun] ${join(site, 'articles/a.md')}: keywords: "C sharp" (${join(site, 'articles/b.md')}) and "C#" (${join(site, 'articles/a.md')}) both get the page /tags/c-sharp/; pin one of them to another slug under "keywordSlugs" in ${join(site, '_data/site.json')}, for example "C#": "c-sharp-2"`,
    );
    const pinned = await runBuild(
      makeSite(
        { 'a.md': article(1, ['C#']), 'b.md': article(2, ['C sharp']) },
        { keywordSlugs: { 'C sharp': 'c-sharp-words' } },
      ),
    );
    expect(pinned.code, pinned.output).toBe(0);
    expect(pinned.page('/tags/c-sharp-words/index.html')('h1').text()).toBe('C sharp');
  });
});
