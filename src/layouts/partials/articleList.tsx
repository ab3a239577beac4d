import type { Article } from '../../content/article.js';
import { formatDate } from '../../dates/formatDate.js';
import { isoDate } from '../../dates/isoDate.js';
import type { PageContext } from '../pageContext.js';

/** Renders a list of article summaries (title, date, summary) for home, keyword and archive pages. */
export function ArticleList({
  context,
  articles,
}: {
  context: PageContext;
  articles: readonly Article[];
}) {
  const zone = context.site.settings.timeZone;
  if (articles.length === 0) return <p class="article-list__empty">暂无文章</p>;
  return (
    <ol class="article-list">
      {articles.map((article) => (
        <li class="article-list__item">
          <h2 class="article-list__title">
            <a href={context.url(article.url)}>{article.title}</a>
          </h2>
          <p class="article-list__meta">
            <time datetime={isoDate(article.date, zone)}>{formatDate(article.date, zone)}</time>
            {article.source ? <span>{article.source}</span> : null}
            {article.draft ? <span class="draft-mark">草稿</span> : null}
          </p>
          <p class="article-list__summary">{article.summary}</p>
        </li>
      ))}
    </ol>
  );
}
