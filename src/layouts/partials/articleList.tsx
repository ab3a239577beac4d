import type { Article } from '../../content/article.js';
import { formatDate } from '../../dates/formatDate.js';
import { isoDate } from '../../dates/isoDate.js';
import type { PageContext } from '../pageContext.js';
import { cachedItems } from './fragmentCache.js';

/** Renders a list of article summaries (title, date, summary) for home, keyword and archive pages. */
export function ArticleList({
  context,
  articles,
}: {
  context: PageContext;
  articles: readonly Article[];
}) {
  if (articles.length === 0) return <p class="article-list__empty">暂无文章</p>;
  return (
    <ol
      class="article-list"
      dangerouslySetInnerHTML={{
        // Each article is listed on about ten pages (home, each keyword, its year and month).
        __html: cachedItems(articles, 'list-item', context, (article) => (
          <li class="article-list__item">
            <ArticleItem context={context} article={article} />
          </li>
        )),
      }}
    />
  );
}

function ArticleItem({ context, article }: { context: PageContext; article: Article }) {
  const zone = context.site.settings.timeZone;
  return (
    <>
      <h2 class="article-list__title">
        <a href={context.url(article.url)}>{article.title}</a>
      </h2>
      <p class="article-list__meta">
        <time datetime={isoDate(article.date, zone)}>{formatDate(article.date, zone)}</time>
        {article.source ? <span>{article.source}</span> : null}
        {article.draft ? <span class="draft-mark">草稿</span> : null}
      </p>
      <p class="article-list__summary">{article.summary}</p>
    </>
  );
}
