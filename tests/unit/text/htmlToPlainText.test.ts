import { expect, test } from 'vitest';
import { htmlToPlainText } from '../../../src/text/htmlToPlainText.js';

test('puts each block on its own line and drops inline tags without a gap', () => {
  expect(
    htmlToPlainText(
      '<h2 id="a">发布会</h2>\n<p>Open<strong>AI</strong> 发布了 <code>gpt-4o</code>。</p>\n<p>第二段</p>',
    ),
  ).toBe('发布会\nOpenAI 发布了 gpt-4o。\n第二段');
});

test('decodes named, numeric and legacy entities', () => {
  expect(
    htmlToPlainText(
      '<p>AT&amp;T &lt;b&gt; &quot;引号&quot; &#x4E2D;&#25991; &copy 2024&nbsp;&nbsp;年</p>',
    ),
  ).toBe('AT&T <b> "引号" 中文 © 2024 年');
});

test('decoded markup stays text', () => {
  expect(htmlToPlainText('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toBe(
    '<script>alert(1)</script>',
  );
});

test('drops scripts, styles and comments with their content', () => {
  expect(
    htmlToPlainText(
      '<p>前</p><script type="module">if (a < b) document.write("<p>x</p>");</script>' +
        '<STYLE>p { color: red }</STYLE><!-- <p>草稿</p> --><p>后</p>',
    ),
  ).toBe('前\n后');
});

test('an unclosed script runs to the end', () => {
  expect(htmlToPlainText('<p>正文</p><script>var a = "<p>";')).toBe('正文');
});

test('drops the footnote section and the footnote marks in the text', () => {
  const html = [
    '<p>OpenAI 发布了新模型<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup>。</p>',
    '<hr class="footnotes-sep">',
    '<section class="footnotes">',
    '<ol class="footnotes-list">',
    '<li id="fn1" class="footnote-item"><p>来源：官方博客 <a href="#fnref1" class="footnote-backref">↩︎</a></p>',
    '</li>',
    '</ol>',
    '</section>',
    '',
  ].join('\n');
  expect(htmlToPlainText(html)).toBe('OpenAI 发布了新模型。');
});

test('a footnote section with nested sections ends at its own closing tag', () => {
  expect(
    htmlToPlainText(
      '<section><p>正文</p></section><section class="notes footnotes" id="fn">' +
        '<section><p>内层</p></section><p>脚注</p></section><p>后记</p>',
    ),
  ).toBe('正文\n后记');
});

test('other sections are kept', () => {
  expect(htmlToPlainText('<section class="footnotes-like"><p>保留</p></section>')).toBe('保留');
});

test('a source line break between Chinese characters disappears, as in the browser', () => {
  expect(htmlToPlainText('<p>第一行\n第二行，\n第三行\nand English\nwords\n中文</p>')).toBe(
    '第一行第二行，第三行 and English words 中文',
  );
});

test('table cells are separated by spaces, rows by lines', () => {
  expect(
    htmlToPlainText(
      '<table><thead><tr><th>模型</th><th>得分</th></tr></thead>' +
        '<tbody><tr><td>GPT-4o</td><td>88.7</td></tr></tbody></table>',
    ),
  ).toBe('模型 得分\nGPT-4o 88.7');
});

test('lists and line breaks', () => {
  expect(htmlToPlainText('<ul>\n<li>一</li>\n<li>二</li>\n</ul>\n<p>a<br>b<br/>c</p>')).toBe(
    '一\n二\na\nb\nc',
  );
});

test('a quoted > inside an attribute does not end the tag', () => {
  expect(
    htmlToPlainText(
      '<p><a title="a > b" href="/x">链接</a> 与 <img alt=\'1>0\' src="x.png">图</p>',
    ),
  ).toBe('链接 与 图');
});

test('a < that starts no tag stays text', () => {
  expect(htmlToPlainText('<p>1 < 2 and 3 <4</p>')).toBe('1 < 2 and 3 <4');
});

test('collapses whitespace in code blocks and drops empty blocks', () => {
  expect(
    htmlToPlainText(
      '<pre><code class="language-js">const a = 1;\n\n  const b = 2;\n</code></pre>\n<p> </p><div></div>',
    ),
  ).toBe('const a = 1; const b = 2;');
});

test('empty input', () => {
  expect(htmlToPlainText('')).toBe('');
});
