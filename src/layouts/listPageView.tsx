import type { Article } from '../content/article.js';
import type { ListPage } from '../site/listPages.js';
import type { PageContext } from './pageContext.js';
import { ArticleList } from './partials/articleList.js';
import { Pagination } from './partials/pagination.js';

/** The shared body of every list page kind: heading, count, articles and pagination. */
export function ListPageView(props: {
  context: PageContext;
  page: ListPage;
  heading: string;
  intro?: string;
}) {
  const { context, page } = props;
  const articles = page.items.map((index) => context.site.articles[index] as Article);
  return (
    <>
      <header class="list-header">
        <h1 class="page-title">{props.heading}</h1>
        <p class="list-header__meta">
          {props.intro ? <span>{props.intro}</span> : null}
          {page.pageCount > 1 ? (
            <span>
              第 {page.pageNumber} / {page.pageCount} 页
            </span>
          ) : null}
          {page.feedPath ? (
            <a class="list-header__feed" href={context.url(page.feedPath)}>
              订阅 (Atom)
            </a>
          ) : null}
        </p>
      </header>
      <ArticleList context={context} articles={articles} />
      <Pagination context={context} page={page} />
    </>
  );
}
