import { Base } from './base.js';
import type { PageContext } from './pageContext.js';

/** The keyword index (`/tags/`): every keyword with its count, most used first; `/keywords/` groups them A–Z. */
export function KeywordIndexPage({ context }: { context: PageContext }) {
  const { entries } = context.site.keywordIndex;
  return (
    <Base
      context={context}
      path="/tags/"
      title="全部关键词"
      description={`全部 ${entries.length} 个关键词`}
      bodyClass="page-keyword-index"
    >
      <h1 class="page-title">全部关键词</h1>
      <p class="list-header__meta">
        共 {entries.length} 个关键词，按文章数排序 ·{' '}
        <a href={context.url('/keywords/')}>按拼音/字母浏览</a>
      </p>
      <ul class="keyword-index">
        {entries.map((entry) => (
          <li data-keyword={entry.key}>
            <a href={context.url(`/tags/${entry.slug}/`)}>{entry.name}</a>
            <span class="keyword-index__count">{entry.articles.length}</span>
          </li>
        ))}
      </ul>
    </Base>
  );
}
