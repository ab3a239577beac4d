import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  Fragment,
  Html,
  jsx,
  renderHtml,
  type HtmlAttributes,
} from '../../../src/render/jsxRuntime.js';

const html = (type: string, props: HtmlAttributes) => renderHtml(jsx(type, props));

describe('escapeHtml', () => {
  it('escapes the three characters that can end text or a quoted attribute', () => {
    expect(escapeHtml('a "b" & <c> 「引号」')).toBe('a &quot;b&quot; &amp; &lt;c> 「引号」');
  });

  it('returns text without those characters as it is', () => {
    expect(escapeHtml('人工智能 > AI')).toBe('人工智能 > AI');
    expect(escapeHtml('')).toBe('');
  });

  it('escapes at the very start and end', () => {
    expect(escapeHtml('<')).toBe('&lt;');
    expect(escapeHtml('&x&')).toBe('&amp;x&amp;');
  });
});

describe('jsx', () => {
  it('leaves out an attribute given markup or a list, rather than writing [object Object]', () => {
    expect(html('a', { href: new Html('<b>'), title: ['x'], rel: 'next' })).toBe(
      '<a rel="next"></a>',
    );
  });

  it('escapes text children and attribute values', () => {
    expect(html('a', { href: '/s?q="x"&y', children: '<script>alert(1)</script>' })).toBe(
      '<a href="/s?q=&quot;x&quot;&amp;y">&lt;script>alert(1)&lt;/script></a>',
    );
  });

  it('writes true as a bare attribute and leaves out false, null and undefined', () => {
    expect(
      html('input', { type: 'radio', checked: true, disabled: false, value: null, id: undefined }),
    ).toBe('<input type="radio" checked/>');
  });

  it('writes an empty attribute value as a bare attribute', () => {
    expect(html('img', { src: '/a.png', alt: '' })).toBe('<img src="/a.png" alt/>');
  });

  it('writes aria-* and data-* booleans as "true" and "false"', () => {
    expect(html('button', { 'aria-pressed': false, 'data-save': true, children: '收藏' })).toBe(
      '<button aria-pressed="false" data-save="true">收藏</button>',
    );
  });

  it('writes numbers, including 0, as text', () => {
    expect(html('span', { 'data-index': 0, children: [0, ' 条'] })).toBe(
      '<span data-index="0">0 条</span>',
    );
  });

  it('closes void elements with "/>" and gives other empty elements an end tag', () => {
    expect(html('meta', { charset: 'utf-8' })).toBe('<meta charset="utf-8"/>');
    expect(html('script', { defer: true, src: '/a.js' })).toBe(
      '<script defer src="/a.js"></script>',
    );
  });

  it('flattens nested child arrays and drops null and booleans', () => {
    const items = ['甲', '乙'].map((name) => jsx('li', { children: name }));
    expect(html('ul', { children: [items, null, false, true, undefined, [[jsx('li', {})]]] })).toBe(
      '<ul><li>甲</li><li>乙</li><li></li></ul>',
    );
  });

  it('inserts dangerouslySetInnerHTML as it is, in place of the children', () => {
    expect(
      html('div', { dangerouslySetInnerHTML: { __html: '<p>正文 &amp;</p>' }, children: 'x' }),
    ).toBe('<div><p>正文 &amp;</p></div>');
  });

  it('falls back to the children when dangerouslySetInnerHTML is empty', () => {
    expect(html('div', { dangerouslySetInnerHTML: { __html: '' }, children: 'x' })).toBe(
      '<div>x</div>',
    );
  });

  it('keeps the HTML of nested elements and components without escaping it again', () => {
    const Title = (props: { text: string }) => jsx('h1', { children: props.text });
    const page = jsx('main', {
      children: [jsx(Title, { text: 'A & B' }), new Html('<hr/>')],
    });
    expect(renderHtml(page)).toBe('<main><h1>A &amp; B</h1><hr/></main>');
  });

  it('renders a fragment as its children alone', () => {
    expect(renderHtml(Fragment({ children: ['<', jsx('b', { children: '粗' })] }))).toBe(
      '&lt;<b>粗</b>',
    );
  });

  it('renders a component that returns null as nothing', () => {
    const Nothing = () => null;
    expect(html('p', { children: jsx(Nothing, {}) })).toBe('<p></p>');
  });
});
