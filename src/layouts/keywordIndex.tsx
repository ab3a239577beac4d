import { Base } from './base.js';
import type { PageContext } from './pageContext.js';

/** The keyword index (`/tags/`): every keyword with its count, most used first, with a filter box. */
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
      <p class="list-header__meta">共 {entries.length} 个关键词，按文章数排序</p>
      <div class="keyword-filter" hidden>
        <label for="keyword-filter-input">筛选关键词</label>
        <input
          id="keyword-filter-input"
          type="search"
          autocomplete="off"
          placeholder="输入关键词，如 人工智能 或 xAI"
        />
      </div>
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
