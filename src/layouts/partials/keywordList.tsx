import type { KeywordEntry } from '../../keywords/buildKeywordIndex.js';
import type { PageContext } from '../pageContext.js';
import { cachedItems } from './fragmentCache.js';

/** Renders 关键词 chips, each linking to its keyword page. Needs: context, keyword entries. */
export function KeywordList({
  context,
  keywords,
}: {
  context: PageContext;
  keywords: readonly KeywordEntry[];
}) {
  if (keywords.length === 0) return null;
  return (
    <section class="keywords" aria-labelledby="keywords-title">
      <h2 id="keywords-title">关键词</h2>
      <ul
        class="keywords__list"
        dangerouslySetInnerHTML={{
          __html: cachedItems(keywords, 'keyword-chip', context, (keyword) => (
            <li>
              <a class="chip" href={context.url(`/tags/${keyword.slug}/`)}>
                {keyword.name}
              </a>
            </li>
          )),
        }}
      />
    </section>
  );
}
