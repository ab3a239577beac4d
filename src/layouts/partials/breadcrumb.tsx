import type { KeywordEntry } from '../../keywords/buildKeywordIndex.js';
import type { PageContext } from '../pageContext.js';

/** Renders 首页 › first keyword › 正文. Needs: context, the article's first keyword if any. */
export function Breadcrumb({ context, keyword }: { context: PageContext; keyword?: KeywordEntry }) {
  return (
    <nav class="breadcrumb" aria-label="当前位置">
      <ol>
        <li>
          <a href={context.url('/')}>首页</a>
        </li>
        {keyword ? (
          <li>
            <a href={context.url(`/tags/${keyword.slug}/`)}>{keyword.name}</a>
          </li>
        ) : null}
        <li aria-current="page">正文</li>
      </ol>
    </nav>
  );
}
