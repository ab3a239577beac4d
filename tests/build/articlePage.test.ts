import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, runBuild, type BuildResult } from '../support/buildFixture.js';

let build: BuildResult;

beforeAll(async () => {
  build = await runBuild(fixture('basic'));
  expect(build.code, build.output).toBe(0);
});

describe('dates in the meta row', () => {
  // Every form from the content contract, quoted or not, read in Asia/Shanghai.
  it.each([
    ['/2024/05/28/plain-space/', '2024/5/28 6:30:01', '2024-05-28T06:30:01+08:00'],
    ['/2024/05/28/t-form/', '2024/5/28 14:30:01', '2024-05-28T14:30:01+08:00'],
    ['/2024/05/28/quoted/', '2024/5/28 6:30:01', '2024-05-28T06:30:01+08:00'],
    ['/2024/05/28/single-quoted/', '2024/5/28 6:30:01', '2024-05-28T06:30:01+08:00'],
    ['/2024/05/28/utc-z/', '2024/5/28 6:00:00', '2024-05-28T06:00:00+08:00'],
    ['/2024/05/28/offset/', '2024/5/28 5:30:01', '2024-05-28T05:30:01+08:00'],
    ['/2024/05/28/date-only/', '2024/5/28 0:00:00', '2024-05-28T00:00:00+08:00'],
    ['/2024/06/01/early-morning/', '2024/6/1 3:15:00', '2024-06-01T03:15:00+08:00'],
    ['/2024/05/29/no-seconds/', '2024/5/29 7:05:00', '2024-05-29T07:05:00+08:00'],
  ])('%s shows %s', (url, shown, iso) => {
    const $ = build.page(`${url}index.html`);
    const time = $('.meta time.meta__date');
    expect(time.text()).toBe(shown);
    expect(time.attr('datetime')).toBe(iso);
    expect($('meta[property="article:published_time"]').attr('content')).toBe(iso);
  });

  it('files an early-morning Beijing article under its Beijing date, not the UTC one', () => {
    expect(existsSync(join(build.outDir, '2024/06/01/early-morning/index.html'))).toBe(true);
    expect(existsSync(join(build.outDir, '2024/05/31/early-morning/index.html'))).toBe(false);
  });
});

describe('a full article page', () => {
  const page = () => build.page('/2024/05/20/full/index.html');

  it('has one h1, the breadcrumb and lang', () => {
    const $ = page();
    expect($('html').attr('lang')).toBe('zh-CN');
    expect($('h1').length).toBe(1);
    expect($('h1').text()).toBe('完整字段示例：大模型 API 降价');
    expect(
      $('.breadcrumb li')
        .map((_, li) => $(li).text())
        .get(),
    ).toEqual(['首页', '大模型', '正文']);
    expect($('.breadcrumb a').eq(1).attr('href')).toBe('/tags/大模型/');
  });

  it('shows the meta row in order: date, 来源 linked, 作者, 责编, reading time, update', () => {
    const $ = page();
    const parts = $('.meta > *')
      .map((_, el) => $(el).text())
      .get();
    expect(parts).toEqual([
      '2024/5/20 9:08:07',
      '来源：新智元',
      '作者：林远',
      '责编：问舟',
      '阅读约 1 分钟',
      '更新于 2024/5/21 10:00:00',
    ]);
    const source = $('.meta__source a');
    expect(source.attr('href')).toBe('https://source.example.com/a?b=1&c=2');
    expect(source.attr('rel')).toBe('noopener noreferrer');
  });

  it('lists 参考资料 in order, both forms, with safe rel', () => {
    const $ = page();
    expect($('.references h2').text()).toBe('参考资料');
    const links = $('.references ol li a');
    expect(links.map((_, a) => [[$(a).text(), $(a).attr('href'), $(a).attr('rel')]]).get()).toEqual(
      [
        ['https://ref.example.com/plain', 'https://ref.example.com/plain', 'noopener noreferrer'],
        ['带标题的参考', 'https://ref.example.com/titled', 'noopener noreferrer'],
      ],
    );
  });

  it('carries the default 广告声明', () => {
    expect(page()('.disclosure').text()).toBe(
      '广告声明：文内含有的对外跳转链接（包括不限于超链接、二维码、口令等形式），用于传递更多信息，节省甄选时间，结果仅供参考，本站所有文章均包含本声明。',
    );
  });

  it('links each 关键词 to its keyword page, and renders the 相关文章 slot', () => {
    const $ = page();
    expect(
      $('.keywords a')
        .map((_, a) => [[$(a).text(), $(a).attr('href')]])
        .get(),
    ).toEqual([
      ['大模型', '/tags/大模型/'],
      ['人工智能', '/tags/人工智能/'],
      ['API', '/tags/api/'],
    ]);
    expect($('.related h2').text()).toBe('相关文章');
    expect($('.related li').length).toBe(6);
  });

  it('renders the body: CJK bold, unique Chinese heading ids, lazy sized images, tables, footnotes', () => {
    const $ = page();
    expect($('.article__body p strong').first().text()).toBe('加粗：');
    expect(
      $('.article__body h2')
        .map((_, h) => $(h).attr('id'))
        .get(),
    ).toEqual(['第一节', '第一节-2']);
    const img = $('.article__body img');
    expect([img.attr('loading'), img.attr('alt'), img.attr('width'), img.attr('height')]).toEqual([
      'lazy',
      '示意图',
      '640',
      '360',
    ]);
    expect(
      $('.article__body .table-wrap table td')
        .map((_, td) => $(td).text())
        .get(),
    ).toEqual(['甲', '乙']);
    expect($('.article__body .footnotes li').text().trim()).toBe('脚注内容。 ↩︎');
    expect($('.article__body a[href="https://ext.example.com/x"]').attr('rel')).toBe(
      'noopener noreferrer',
    );
    expect($('.article__body a[href="/2024/05/28/plain-space/"]').attr('rel')).toBeUndefined();
  });

  it('shows the lead image with alt and size', () => {
    const img = page()('.article__lead img');
    expect([img.attr('src'), img.attr('alt'), img.attr('width'), img.attr('height')]).toEqual([
      '/images/lead.svg',
      '深灰色的示例封面',
      '640',
      '360',
    ]);
  });

  it('has description, canonical, Open Graph and NewsArticle JSON-LD', () => {
    const $ = page();
    const url = 'https://test.example.com/2024/05/20/full/';
    expect($('meta[name="description"]').attr('content')).toBe('这是一段手写的摘要。');
    expect($('link[rel="canonical"]').attr('href')).toBe(url);
    expect($('meta[property="og:title"]').attr('content')).toBe('完整字段示例：大模型 API 降价');
    expect($('meta[property="og:url"]').attr('content')).toBe(url);
    expect($('meta[property="og:image"]').attr('content')).toBe(
      'https://test.example.com/images/lead.svg',
    );
    expect($('meta[property="article:modified_time"]').attr('content')).toBe(
      '2024-05-21T10:00:00+08:00',
    );
    const jsonLd = JSON.parse($('script[type="application/ld+json"]').text()) as Record<
      string,
      unknown
    >;
    expect(jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      headline: '完整字段示例：大模型 API 降价',
      datePublished: '2024-05-20T09:08:07+08:00',
      dateModified: '2024-05-21T10:00:00+08:00',
      author: [{ '@type': 'Person', name: '林远' }],
      publisher: { '@type': 'Organization', name: '测试资讯' },
      image: ['https://test.example.com/images/lead.svg'],
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    });
  });

  it('ends with the footer link groups', () => {
    const $ = page();
    const groups = $('.site-footer .footer-group')
      .map((_, group) => [
        [
          $(group).find('h2').text(),
          $(group)
            .find('a')
            .map((__, a) => $(a).text())
            .get(),
        ],
      ])
      .get();
    expect(groups).toEqual([
      ['旗下网站', ['姊妹站甲', '姊妹站乙']],
      ['旗下软件', ['阅读器']],
    ]);
    expect($('.site-footer .copyright').text()).toBe('© 2024 测试资讯');
  });
});

describe('URLs and what gets published', () => {
  it('derives URLs from the date and file name, Chinese kept, sub-folders flattened', () => {
    const $ = build.page('/2024/05/18/马斯克与lecun/index.html');
    expect($('h1').text()).toBe('中文文件名');
  });

  it('honours a permalink override', () => {
    expect(build.page('/about-zixun/index.html')('h1').text()).toBe('关于我们');
  });

  it('leaves drafts and future-dated articles out of production builds', () => {
    expect(existsSync(join(build.outDir, '2024/05/17/draft/index.html'))).toBe(false);
    expect(existsSync(join(build.outDir, '2099/01/01/future/index.html'))).toBe(false);
    const home = build.read('/index.html');
    expect(home).not.toContain('草稿文章');
    expect(home).not.toContain('未来文章');
  });

  it('lists the newest articles on the home page, newest first', () => {
    const $ = build.page('/index.html');
    const titles = $('.article-list__title a')
      .map((_, a) => $(a).text())
      .get();
    expect(titles.slice(0, 3)).toEqual(['凌晨', '无秒', 'T形式']);
    expect(titles.length).toBe(13);
  });

  it('writes a 404 page', () => {
    expect(build.page('/404.html')('h1').text()).toBe('页面未找到');
  });

  it('ends with a one-line summary', () => {
    expect(build.output.trim().split('\n').at(-1)).toMatch(
      /^\[zixun\] 13 articles, \d+ pages written \(\d+ files\), 0 warnings, \d+\.\d\d s$/,
    );
  });
});
