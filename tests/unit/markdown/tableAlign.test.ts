import markdownit from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../../src/markdown/createMarkdown.js';
import { tableAlign } from '../../../src/markdown/tableAlign.js';

const table = '| 左 | 中 | 右 | 默认 |\n|:--|:-:|--:|---|\n| a | b | c | d |';

describe('tableAlign', () => {
  it('turns each alignment into a class on th and td, and leaves unaligned cells alone', () => {
    expect(markdownit().use(tableAlign).render(table)).toBe(
      '<table>\n<thead>\n<tr>\n' +
        '<th class="align-left">左</th>\n<th class="align-center">中</th>\n<th class="align-right">右</th>\n<th>默认</th>\n' +
        '</tr>\n</thead>\n<tbody>\n<tr>\n' +
        '<td class="align-left">a</td>\n<td class="align-center">b</td>\n<td class="align-right">c</td>\n<td>d</td>\n' +
        '</tr>\n</tbody>\n</table>\n',
    );
  });

  it('leaves no style attribute in an article body, so the CSP needs no unsafe-inline styles', () => {
    expect(markdownit().render(table)).toContain('style=');
    expect(createMarkdown().render(table)).not.toContain('style=');
  });
});
