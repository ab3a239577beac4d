import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../../src/markdown/createMarkdown.js';

const md = createMarkdown({
  siteHost: 'zixun.cn',
  urlFor: (sitePath) => `/zixun${sitePath}`,
  imageSize: (src) => (src === '/images/封面 1.png' ? { width: 1200, height: 630 } : undefined),
});

describe('createMarkdown: CJK text', () => {
  it.each([
    ['**加粗：**后文', '<p><strong>加粗：</strong>后文</p>\n'],
    ['*注意*：这里', '<p><em>注意</em>：这里</p>\n'],
    ['**「引用」**的内容', '<p><strong>「引用」</strong>的内容</p>\n'],
    ['*（括号）*里', '<p><em>（括号）</em>里</p>\n'],
  ])('emphasis next to Chinese punctuation: %j', (body, html) => {
    expect(md.render(body)).toBe(html);
  });

  it('joins a paragraph wrapped between Chinese characters without a space, and keeps one next to Latin text', () => {
    expect(md.render('我们每天整理\n人工智能的消息。\n欢迎来信。')).toBe(
      '<p>我们每天整理人工智能的消息。欢迎来信。</p>\n',
    );
    expect(md.render('人工智能和\nWeb 开发\n\nOpen\nsource')).toBe(
      '<p>人工智能和\nWeb 开发</p>\n<p>Open\nsource</p>\n',
    );
  });

  it('leaves 「」 and straight quotes as written (no typographer)', () => {
    expect(md.render(`他说「你好」，"AI" 与 'ML' -- 完`)).toBe(
      `<p>他说「你好」，&quot;AI&quot; 与 'ML' -- 完</p>\n`,
    );
  });
});

describe('createMarkdown: heading ids', () => {
  it('gives h2–h4 ids and suffixes duplicates from -2', () => {
    expect(md.render('## 第一节\n\n### 第一节\n\n#### 第一节')).toBe(
      '<h2 id="第一节">第一节</h2>\n<h3 id="第一节-2">第一节</h3>\n<h4 id="第一节-3">第一节</h4>\n',
    );
  });

  it('keeps Chinese and lower-cases Latin in mixed headings', () => {
    expect(md.render('## GPT-4o 的发布')).toBe('<h2 id="gpt-4o-的发布">GPT-4o 的发布</h2>\n');
  });

  it('uses inline code text and drops markup from the id', () => {
    expect(md.render('## **重点**：`useState` 用法')).toBe(
      '<h2 id="重点-usestate-用法"><strong>重点</strong>：<code>useState</code> 用法</h2>\n',
    );
  });

  it('falls back to "section" for punctuation-only headings, still unique', () => {
    expect(md.render('## ！？\n\n## ……')).toBe(
      '<h2 id="section">！？</h2>\n<h2 id="section-2">……</h2>\n',
    );
  });

  it('leaves h1, h5 and h6 without ids', () => {
    expect(md.render('# 标题\n\n##### 小节\n\n###### 更小')).toBe(
      '<h1>标题</h1>\n<h5>小节</h5>\n<h6>更小</h6>\n',
    );
  });

  it('never reuses a footnote id for a heading', () => {
    expect(md.render('## fn1\n\n## FNREF1\n\n正文[^a]\n\n[^a]: 注')).toBe(
      '<h2 id="fn1-2">fn1</h2>\n' +
        '<h2 id="fnref1-2">FNREF1</h2>\n' +
        '<p>正文<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup></p>\n' +
        '<hr class="footnotes-sep">\n<section class="footnotes" aria-label="脚注">\n<ol class="footnotes-list">\n' +
        '<li id="fn1" class="footnote-item"><p>注 <a href="#fnref1" class="footnote-backref">\u21a9\ufe0e</a></p>\n</li>\n' +
        '</ol>\n</section>\n',
    );
  });

  it('keeps ids unique per document, not per instance', () => {
    const body = '## 第一节\n\n## 第一节';
    const html = '<h2 id="第一节">第一节</h2>\n<h2 id="第一节-2">第一节</h2>\n';
    expect(md.render(body)).toBe(html);
    expect(md.render(body)).toBe(html);
  });

  it('ignores the env Eleventy passes, so page data neither leaks in nor gets written to', () => {
    const pageData = () => ({
      title: '文章',
      references: { R: { href: 'https://evil.example/', title: '' } },
      footnotes: '前言数据',
      docId: 'x',
    });
    const data = pageData();
    const body = '## 小结\n\n[链接][r] 和脚注[^1]\n\n[r]: /a\n[^1]: 注';
    const html =
      '<h2 id="小结">小结</h2>\n' +
      '<p><a href="/zixun/a">链接</a> 和脚注<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup></p>\n' +
      '<hr class="footnotes-sep">\n<section class="footnotes" aria-label="脚注">\n<ol class="footnotes-list">\n' +
      '<li id="fn1" class="footnote-item"><p>注 <a href="#fnref1" class="footnote-backref">\u21a9\ufe0e</a></p>\n</li>\n' +
      '</ol>\n</section>\n';
    expect(md.render('[链接][r]', data)).toBe('<p>[链接][r]</p>\n');
    expect(md.render(body, data)).toBe(html);
    expect(md.render(body, data)).toBe(html);
    expect(data).toEqual(pageData());
  });
});

describe('createMarkdown: tables and footnotes', () => {
  it('wraps tables so they can scroll', () => {
    expect(md.render('| 型号 | 价格 |\n|---|--:|\n| A | ¥1 |')).toBe(
      '<div class="table-wrap" tabindex="0" role="region" aria-label="表格">\n<table>\n<thead>\n<tr>\n<th>型号</th>\n<th class="align-right">价格</th>\n</tr>\n</thead>\n' +
        '<tbody>\n<tr>\n<td>A</td>\n<td class="align-right">¥1</td>\n</tr>\n</tbody>\n</table>\n</div>\n',
    );
  });

  it('renders footnotes with back-references', () => {
    expect(md.render('数据[^src]，另见[^2]。\n\n[^src]: 来源：官方公告\n[^2]: 第二条')).toBe(
      '<p>数据<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup>，另见<sup class="footnote-ref"><a href="#fn2" id="fnref2">[2]</a></sup>。</p>\n' +
        '<hr class="footnotes-sep">\n<section class="footnotes" aria-label="脚注">\n<ol class="footnotes-list">\n' +
        '<li id="fn1" class="footnote-item"><p>来源：官方公告 <a href="#fnref1" class="footnote-backref">\u21a9\ufe0e</a></p>\n</li>\n' +
        '<li id="fn2" class="footnote-item"><p>第二条 <a href="#fnref2" class="footnote-backref">\u21a9\ufe0e</a></p>\n</li>\n' +
        '</ol>\n</section>\n',
    );
  });
});

describe('createMarkdown: images', () => {
  it('adds size, lazy loading and the base path for a known local image', () => {
    expect(md.render('![发布会现场](</images/封面 1.png>)')).toBe(
      '<p><img src="/zixun/images/%E5%B0%81%E9%9D%A2%201.png" alt="发布会现场" width="1200" height="630" loading="lazy" decoding="async"></p>\n',
    );
  });

  it('omits width and height when the size is unknown', () => {
    expect(md.render('![图](https://cdn.example.com/a.png "说明")')).toBe(
      '<p><img src="https://cdn.example.com/a.png" alt="图" title="说明" loading="lazy" decoding="async"></p>\n',
    );
  });

  it('emits alt="" only when the author wrote no alt text, and strips markup from alt', () => {
    expect(md.render('![](/images/a.png) ![**粗体** 说明](b.png)')).toBe(
      '<p><img src="/zixun/images/a.png" alt="" loading="lazy" decoding="async"> ' +
        '<img src="b.png" alt="粗体 说明" loading="lazy" decoding="async"></p>\n',
    );
  });

  it('passes imageSize the decoded src and leaves protocol-relative src alone', () => {
    const seen: string[] = [];
    const sized = createMarkdown({ imageSize: (src) => (seen.push(src), undefined) });
    expect(sized.render('![a](/图片/甲.png) ![b](//cdn.example.com/乙.png)')).toBe(
      '<p><img src="/%E5%9B%BE%E7%89%87/%E7%94%B2.png" alt="a" loading="lazy" decoding="async"> ' +
        '<img src="//cdn.example.com/%E4%B9%99.png" alt="b" loading="lazy" decoding="async"></p>\n',
    );
    expect(seen).toEqual(['/图片/甲.png', '//cdn.example.com/乙.png']);
  });

  it('allows data: images only for raster formats', () => {
    expect(
      md.render('![a](data:image/png;base64,iVBO) ![b](data:image/svg+xml;base64,PHN2Zz4=)'),
    ).toBe(
      '<p><img src="data:image/png;base64,iVBO" alt="a" loading="lazy" decoding="async"> ![b](data:image/svg+xml;base64,PHN2Zz4=)</p>\n',
    );
  });
});

describe('createMarkdown: links', () => {
  it('sends root-relative links through urlFor', () => {
    expect(md.render('[关于我们](/about/) [标签](/tags/ai/#top)')).toBe(
      '<p><a href="/zixun/about/">关于我们</a> <a href="/zixun/tags/ai/#top">标签</a></p>\n',
    );
  });

  it('marks only links to other hosts as external', () => {
    expect(
      md.render(
        '[外站](https://openai.com/blog) [本站](https://zixun.cn/a) [大写](HTTPS://ZIXUN.CN/b) [协议相对](//example.com/x) ' +
          '[子域名](https://www.zixun.cn/) [邮件](mailto:tips@zixun.cn) [锚点](#小结) [相对](../a.html)',
      ),
    ).toBe(
      '<p><a href="https://openai.com/blog" rel="noopener noreferrer">外站</a> <a href="https://zixun.cn/a">本站</a> ' +
        '<a href="HTTPS://ZIXUN.CN/b">大写</a> <a href="//example.com/x" rel="noopener noreferrer">协议相对</a> ' +
        '<a href="https://www.zixun.cn/" rel="noopener noreferrer">子域名</a> <a href="mailto:tips@zixun.cn">邮件</a> ' +
        '<a href="#%E5%B0%8F%E7%BB%93">锚点</a> <a href="../a.html">相对</a></p>\n',
    );
  });

  it('linkifies bare URLs and stops at Chinese punctuation', () => {
    expect(md.render('详见https://openai.com/index/gpt-4o。<https://example.com/a>')).toBe(
      '<p>详见<a href="https://openai.com/index/gpt-4o" rel="noopener noreferrer">https://openai.com/index/gpt-4o</a>。' +
        '<a href="https://example.com/a" rel="noopener noreferrer">https://example.com/a</a></p>\n',
    );
  });

  it('does not linkify file names that end in a country TLD', () => {
    expect(md.render('修改 README.md 和 setup.py')).toBe('<p>修改 README.md 和 setup.py</p>\n');
  });

  it('treats every http(s) link as external when no siteHost is given', () => {
    expect(createMarkdown().render('[a](https://zixun.cn/) [b](/c)')).toBe(
      '<p><a href="https://zixun.cn/" rel="noopener noreferrer">a</a> <a href="/c">b</a></p>\n',
    );
  });

  it('rejects a siteHost that is a URL', () => {
    expect(() => createMarkdown({ siteHost: 'https://zixun.cn' })).toThrow(
      '[zixun] createMarkdown: siteHost "https://zixun.cn" is not a hostname (expected something like zixun.cn, without https:// or a path)',
    );
  });
});

describe('createMarkdown: nothing can inject markup or script', () => {
  it.each([
    ['[x](javascript:alert(1))', '<p>[x](javascript:alert(1))</p>\n'],
    ['[x](JaVaScRiPt:alert(1))', '<p>[x](JaVaScRiPt:alert(1))</p>\n'],
    ['[x](&#106;avascript:alert(1))', '<p>[x](javascript:alert(1))</p>\n'],
    ['[x](&#x6A;avascript&colon;alert(1))', '<p>[x](javascript:alert(1))</p>\n'],
    ['[x](java&Tab;script:alert(1))', '<p>[x](java\tscript:alert(1))</p>\n'],
    ['[x](<java script:alert(1)>)', '<p>[x](&lt;java script:alert(1)&gt;)</p>\n'],
    ['[x](java%0Ascript:alert(1))', '<p>[x](java%0Ascript:alert(1))</p>\n'],
    ['[x](&#1;javascript:alert(1))', '<p>[x](\ufffdjavascript:alert(1))</p>\n'],
    ['[x](%01javascript:alert(1))', '<p>[x](%01javascript:alert(1))</p>\n'],
    ['[x](\\javascript:alert(1))', '<p>[x](\\javascript:alert(1))</p>\n'],
    ['[x](vbscript:msgbox(1))', '<p>[x](vbscript:msgbox(1))</p>\n'],
    [
      '[x](data:text/html,<script>alert(1)</script>)',
      '<p>[x](data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;)</p>\n',
    ],
    ['[x](data:text/html;base64,PHNjcmlwdD4=)', '<p>[x](data:text/html;base64,PHNjcmlwdD4=)</p>\n'],
    ['[x](file:///etc/passwd)', '<p>[x](file:///etc/passwd)</p>\n'],
    ['<javascript:alert(1)>', '<p>&lt;javascript:alert(1)&gt;</p>\n'],
    ['[x][r]\n\n[r]: javascript:alert(1)', '<p>[x][r]</p>\n<p>[r]: javascript:alert(1)</p>\n'],
    ['![x](javascript:alert(1))', '<p>![x](javascript:alert(1))</p>\n'],
    ['![x](&#106;avascript:alert(1))', '<p>![x](javascript:alert(1))</p>\n'],
    [
      '![x](data:text/html;base64,PHNjcmlwdD4=)',
      '<p>![x](data:text/html;base64,PHNjcmlwdD4=)</p>\n',
    ],
  ])('a dangerous URL is text, not a link or image: %j', (body, html) => {
    expect(md.render(body)).toBe(html);
  });

  it.each([
    ['<script>alert(1)</script>', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n'],
    ['<img src=x onerror=alert(1)>', '<p>&lt;img src=x onerror=alert(1)&gt;</p>\n'],
    [
      '<div onclick="alert(1)">\n块\n</div>',
      '<p>&lt;div onclick=&quot;alert(1)&quot;&gt;\n块\n&lt;/div&gt;</p>\n',
    ],
    [
      '文字<a href="javascript:alert(1)">点我</a>',
      '<p>文字&lt;a href=&quot;javascript:alert(1)&quot;&gt;点我&lt;/a&gt;</p>\n',
    ],
    ['## <svg onload=alert(1)>', '<h2 id="svg-onload-alert-1">&lt;svg onload=alert(1)&gt;</h2>\n'],
  ])('raw HTML is escaped: %j', (body, html) => {
    expect(md.render(body)).toBe(html);
  });

  it('escapes quotes in link titles and image alt so no on* attribute can appear', () => {
    expect(
      md.render(
        '[x](https://zixun.cn/ "\\" onmouseover=\\"alert(1)") ![a" onerror="alert(1)](/p.png "t\'")',
      ),
    ).toBe(
      '<p><a href="https://zixun.cn/" title="&quot; onmouseover=&quot;alert(1)">x</a> ' +
        '<img src="/zixun/p.png" alt="a&quot; onerror=&quot;alert(1)" title="t\'" loading="lazy" decoding="async"></p>\n',
    );
  });
});
