import type { MarkdownIt } from 'markdown-it';

/**
 * Turns markdown-it's `style="text-align:…"` on aligned table cells into `class="align-…"`, so
 * pages need no inline styles under the Content Security Policy (`style-src 'self'`).
 */
export function tableAlign(md: MarkdownIt): void {
  md.core.ruler.push('table_align', (state) => {
    for (const token of state.tokens) {
      if (token.type !== 'th_open' && token.type !== 'td_open') continue;
      const align = /^text-align:(left|center|right)$/.exec(
        String(token.attrGet('style') ?? ''),
      )?.[1];
      if (align === undefined) continue;
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
      token.attrJoin('class', `align-${align}`);
    }
  });
}
