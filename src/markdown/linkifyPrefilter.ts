import type { MarkdownIt } from 'markdown-it';

// Every link linkify-it finds with its default schemas holds one of these: a scheme's ":" or "//",
// a fuzzy host's ".", or a fuzzy e-mail's "@". Chinese prose rarely holds any of them.
const LINK_MARK = /[.:/@]/;

/**
 * Skips linkify-it's scan of text that cannot hold a link. The scan runs several large Unicode
 * regexes over every paragraph and took a fifth of markdown rendering on a Chinese corpus; the
 * answer is unchanged, since the skipped text lacks a character every match needs.
 */
export function linkifyPrefilter(md: MarkdownIt): void {
  const linkify = md.linkify;
  const test = linkify.test.bind(linkify);
  linkify.test = (text: string) => LINK_MARK.test(text) && test(text);
}
