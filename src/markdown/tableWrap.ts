import type { MarkdownIt } from 'markdown-it';

/**
 * Wraps each table in a scroll container so a wide table scrolls inside it on phones instead of
 * widening the page. The container is focusable and labelled so keyboard users can scroll it too
 * (axe: scrollable-region-focusable).
 */
export function tableWrap(md: MarkdownIt): void {
  md.renderer.rules['table_open'] = (tokens, idx, options, _env, self) =>
    `<div class="table-wrap" tabindex="0" role="region" aria-label="表格">\n${self.renderToken(tokens, idx, options)}`;
  md.renderer.rules['table_close'] = (tokens, idx, options, _env, self) =>
    `${self.renderToken(tokens, idx, options)}</div>\n`;
}
