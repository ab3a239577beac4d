import type { MarkdownIt } from 'markdown-it';

/** Wraps each table in `<div class="table-wrap">` so a wide table scrolls inside it on phones instead of widening the page. */
export function tableWrap(md: MarkdownIt): void {
  md.renderer.rules['table_open'] = (tokens, idx, options, _env, self) =>
    `<div class="table-wrap">\n${self.renderToken(tokens, idx, options)}`;
  md.renderer.rules['table_close'] = (tokens, idx, options, _env, self) =>
    `${self.renderToken(tokens, idx, options)}</div>\n`;
}
