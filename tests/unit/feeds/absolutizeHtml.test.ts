import { expect, it } from 'vitest';
import { absolutizeHtml } from '../../../src/feeds/absolutizeHtml.js';
import { createMarkdown } from '../../../src/markdown/createMarkdown.js';

const origin = 'https://news.example.com';

it('makes root-relative href and src absolute', () => {
  expect(
    absolutizeHtml('<p><a href="/tags/ai/">AI</a> <img src="/images/a.png" alt=""></p>', origin),
  ).toBe(
    '<p><a href="https://news.example.com/tags/ai/">AI</a> <img src="https://news.example.com/images/a.png" alt=""></p>',
  );
});

it('keeps the base path already in the link and accepts an origin with a trailing slash', () => {
  expect(absolutizeHtml('<a href="/news/tags/ai/">x</a>', `${origin}/`)).toBe(
    '<a href="https://news.example.com/news/tags/ai/">x</a>',
  );
});

it('percent-encodes non-ASCII without encoding escapes or entities twice', () => {
  expect(
    absolutizeHtml(
      '<img src="/images/图.png"> <a href="/tags/%E5%9B%BE/?a=1&amp;b=2#%E5%9B%BE">x</a>',
      origin,
    ),
  ).toBe(
    '<img src="https://news.example.com/images/%E5%9B%BE.png"> <a href="https://news.example.com/tags/%E5%9B%BE/?a=1&amp;b=2#%E5%9B%BE">x</a>',
  );
});

it('leaves absolute, protocol-relative, fragment, relative and mailto links alone', () => {
  const html =
    '<a href="https://other.example.com/x">a</a><img src="//cdn.example.com/a.png">' +
    '<a href="#fn1">b</a><a href="a/b/">c</a><a href="mailto:a@example.com">d</a>';
  expect(absolutizeHtml(html, origin)).toBe(html);
});

it('points fragment links into the article when given its URL, for feeds without xml:base', () => {
  const html =
    '<a href="#fn1" id="fnref1">[1]</a><a href="#%E7%AC%AC%E4%B8%80">x</a><a href="#">top</a>';
  expect(absolutizeHtml(html, origin, `${origin}/2024/05/28/新闻/#old`)).toBe(
    '<a href="https://news.example.com/2024/05/28/%E6%96%B0%E9%97%BB/#fn1" id="fnref1">[1]</a>' +
      '<a href="https://news.example.com/2024/05/28/%E6%96%B0%E9%97%BB/#%E7%AC%AC%E4%B8%80">x</a>' +
      '<a href="https://news.example.com/2024/05/28/%E6%96%B0%E9%97%BB/#">top</a>',
  );
});

it('rewrites only href and src attributes, never text', () => {
  const html = '<p data-href="/x" title="/y">href=&quot;/z&quot; <code>src="/w"</code></p>';
  expect(absolutizeHtml(html, origin)).toBe(html);
});

it('rewrites what our markdown renders, and nothing in its text', () => {
  const md = createMarkdown();
  const html = md.render(
    '[关于](/about/) ![图](/images/图.png) `<a href="/code/">` [脚注][^1]\n\n[^1]: 注',
  );
  const result = absolutizeHtml(html, origin);
  expect(result).toContain('<a href="https://news.example.com/about/">关于</a>');
  expect(result).toContain('src="https://news.example.com/images/%E5%9B%BE.png"');
  expect(result).toContain('<code>&lt;a href=&quot;/code/&quot;&gt;</code>');
  expect(result.match(/="\/(?!\/)/g)).toBe(null);
});

it('refuses an origin that is not absolute', () => {
  expect(() => absolutizeHtml('<a href="/x/">x</a>', 'news.example.com')).toThrow(
    '[zixun] absolutizeHtml: siteOrigin + link "news.example.com/x/" is not an absolute http(s) URL',
  );
});
