import type { MarkdownIt } from 'markdown-it';
import { LinkifyIt } from 'linkify-it';

// Every link linkify-it finds with its default schemas holds one of these: a scheme's ":" or "//",
// a fuzzy host's ".", or a fuzzy e-mail's "@". Chinese prose rarely holds any of them.
const LINK_MARK = /[.:/@]/;

/** What markdown-it 14's linkify rules call on `md.linkify`. */
interface Linkifier {
  pretest(text: string): boolean;
  test(text: string): boolean;
  match: LinkifyIt['match'];
  matchAtStart: LinkifyIt['matchAtStart'];
}

/**
 * Gives markdown-it 14 the linkify-it 6 that markdown-it 15 bundles: it ends a bare URL at Chinese
 * punctuation (`https://a.cn/x。` links `https://a.cn/x`) and leaves file names such as README.md
 * alone. We stay on markdown-it 14 (the version Eleventy ships) because 15 builds every token
 * through class-field helpers and rendered our bodies about 1.5× slower. linkify-it 6 dropped the
 * `pretest` that markdown-it 14 calls first, so the cheap character check above stands in for it,
 * and it also guards `test`: the answer is unchanged, since skipped text lacks a character every
 * link needs.
 */
export function linkifyUrls(md: MarkdownIt): void {
  const linkify = new LinkifyIt();
  const test = linkify.test.bind(linkify);
  const linkifier: Linkifier = {
    pretest: (text) => LINK_MARK.test(text),
    test: (text) => LINK_MARK.test(text) && test(text),
    match: linkify.match.bind(linkify),
    matchAtStart: linkify.matchAtStart.bind(linkify),
  };
  (md as unknown as { linkify: Linkifier }).linkify = linkifier;
}
