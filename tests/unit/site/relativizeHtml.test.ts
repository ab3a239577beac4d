import { describe, expect, it } from 'vitest';
import { relativizeHtml } from '../../../src/site/relativizeHtml.js';

describe('relativizeHtml', () => {
  it('rewrites root-relative links and images from the page folder', () => {
    const html = '<p><a href="/tags/ai/">AI</a> <img src="/images/a.png" alt=""></p>';
    expect(relativizeHtml(html, '/2024/05/28/a/')).toBe(
      '<p><a href="../../../../tags/ai/index.html">AI</a> <img src="../../../../images/a.png" alt=""></p>',
    );
  });

  it('decodes percent-encoded Chinese paths, since the files on disk carry the characters', () => {
    expect(relativizeHtml('<a href="/tags/%E8%8A%AF%E7%89%87/">芯片</a>', '/a/')).toBe(
      '<a href="../tags/芯片/index.html">芯片</a>',
    );
  });

  it('keeps a malformed escape as written rather than failing', () => {
    expect(relativizeHtml('<a href="/a%E4/">x</a>', '/')).toBe('<a href="a%E4/index.html">x</a>');
  });

  it('leaves absolute, protocol-relative and fragment links alone', () => {
    const html =
      '<a href="https://example.com/">a</a><a href="//cdn.example.com/x">b</a><a href="#fn1">c</a>';
    expect(relativizeHtml(html, '/a/')).toBe(html);
  });
});
