import type { MarkdownIt } from 'markdown-it';

/**
 * Gives every render a fresh env, so no state leaks between articles.
 * Eleventy calls `md.render(body, data)` with the page's data as env
 * (src/Engines/Markdown.js), while markdown-it and its plugins keep per-document state on env
 * (`references`, `footnotes`, `markdownItAnchor`); a reused data object or a front-matter key
 * with one of those names would otherwise change another article's output.
 */
export function isolateEnv(md: MarkdownIt): void {
  const render = md.render.bind(md);
  const renderInline = md.renderInline.bind(md);
  md.render = (src) => render(src, {});
  md.renderInline = (src) => renderInline(src, {});
}
