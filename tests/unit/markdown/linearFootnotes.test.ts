import markdownit from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../../src/markdown/createMarkdown.js';
import { linearFootnotes } from '../../../src/markdown/linearFootnotes.js';

/** A body with `count` references, each note pointing at the next one. */
function chainedFootnotes(count: number): string {
  let body = '';
  for (let i = 0; i < count; i++) body += `正文[^${i}]。\n\n`;
  for (let i = 0; i < count; i++) body += `[^${i}]: 注释 ${i} 见[^${(i + 1) % count}]\n`;
  return body;
}

describe('linearFootnotes', () => {
  it('renders exactly what markdown-it-footnote renders', () => {
    const body = [
      '正文[^a]，再引一次[^a]，行内^[行内注释]，未定义[^x]。',
      '',
      '[^a]: 第一条\n\n    第二段 [^b]',
      '[^b]: **第二条**',
      '[^unused]: 没有引用',
    ].join('\n');
    const plain = markdownit().use(footnote);
    const linear = markdownit().use(footnote).use(linearFootnotes);
    expect(linear.render(body)).toBe(plain.render(body));
    expect(linear.render(chainedFootnotes(50))).toBe(plain.render(chainedFootnotes(50)));
    expect(linear.render('没有脚注')).toBe(plain.render('没有脚注'));
    const refs = '[^a b] [^a\nb] [^] [^a[^b] [^b]x [^[^b] [^b [link [^b]](https://e.com) [^c]';
    const defined = `${refs}\n\n[^b]: 注\n\n[^a[^b]: 怪标签\n`;
    expect(linear.render(defined)).toBe(plain.render(defined));
  });

  it('scans an unclosed run of footnote references in linear time', () => {
    // markdown-it-footnote alone scans to the end of the run from every `[^`: about 20 s here.
    const body = `[^x]: 注\n\n${'[^a'.repeat(40_000)}`;
    const started = performance.now();
    createMarkdown().render(body);
    expect(performance.now() - started).toBeLessThan(5_000);
  }, 15_000);

  it('renders 20,000 chained footnotes in linear time', () => {
    // markdown-it-footnote alone copies the whole token list once per footnote: about a minute here.
    const started = performance.now();
    const html = createMarkdown().render(chainedFootnotes(20_000));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(html.match(/class="footnote-item"/g)?.length).toBe(20_000);
  }, 15_000);
});
