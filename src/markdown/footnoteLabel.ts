import type { MarkdownIt } from 'markdown-it';

/**
 * Names the footnote section 脚注, so it is a labelled region for screen readers rather than a
 * section without a heading (which the Nu Html Checker flags).
 */
export function footnoteLabel(md: MarkdownIt): void {
  const renderOpen = md.renderer.rules['footnote_block_open'];
  if (renderOpen === undefined) {
    throw new Error('[zixun] footnoteLabel: use markdown-it-footnote before footnoteLabel');
  }
  md.renderer.rules['footnote_block_open'] = (tokens, idx, options, env, self) =>
    renderOpen(tokens, idx, options, env, self).replace(
      '<section class="footnotes">',
      '<section class="footnotes" aria-label="脚注">',
    );
}
