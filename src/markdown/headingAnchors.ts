import anchor from 'markdown-it-anchor';
import type { MarkdownIt, StateCore } from 'markdown-it';
import { headingId } from './headingId.js';

/** Gives h2–h4 unique ids so readers can link to a section and a table of contents can point at it. */
export function headingAnchors(md: MarkdownIt): void {
  md.use(anchor, {
    level: [2, 3, 4],
    slugify: headingId,
    tabIndex: false,
    uniqueSlugStartIndex: 2,
  });
  md.core.ruler.before('anchor', 'reserve_footnote_ids', reserveFootnoteIds);
}

// markdown-it-footnote names its notes fn1, fnref1, …; seeding the anchor plugin's registry
// (documented as env.markdownItAnchor.slugs) makes `## fn1` become `fn1-2` instead of a duplicate id.
// It also starts each document with an empty registry, whatever env the caller passed.
function reserveFootnoteIds(state: StateCore): void {
  const env = state.env as Record<string, unknown>;
  const footnotes = env['footnotes'] as { list?: unknown[] } | undefined;
  const count = footnotes?.list?.length ?? 0;
  const slugs: Record<string, true> = {};
  for (let n = 1; n <= count; n++) {
    slugs[`fn${n}`] = true;
    slugs[`fnref${n}`] = true;
  }
  env['markdownItAnchor'] = { slugs };
}
