import type { ListPage } from '../site/listPages.js';
import { Base } from './base.js';
import { ListPageView } from './listPageView.js';
import type { PageContext } from './pageContext.js';
import { FeedLinks } from './partials/feedLinks.js';

/** A keyword page (`/tags/<slug>/`, `/tags/<slug>/2/` …): the keyword, its count, its articles newest first. */
export function KeywordPage({ context, page }: { context: PageContext; page: ListPage }) {
  const suffix = page.pageNumber > 1 ? ` 第 ${page.pageNumber} 页` : '';
  return (
    <Base
      context={context}
      path={page.path}
      title={`${page.title}${suffix}`}
      description={`关于「${page.title}」的 ${page.total} 篇文章`}
      bodyClass="page-keyword"
      head={<FeedLinks context={context} keywordFeed={page.feedPath} keyword={page.title} />}
    >
      <nav class="breadcrumb" aria-label="当前位置">
        <ol>
          <li>
            <a href={context.url('/')}>首页</a>
          </li>
          <li>
            <a href={context.url('/tags/')}>关键词</a>
          </li>
          <li aria-current="page">{page.title}</li>
        </ol>
      </nav>
      <ListPageView
        context={context}
        page={page}
        heading={page.title}
        intro={`共 ${page.total} 篇文章`}
      />
    </Base>
  );
}
