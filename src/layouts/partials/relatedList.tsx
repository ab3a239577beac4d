import type { Article } from '../../content/article.js';
import { formatDate } from '../../dates/formatDate.js';
import { isoDate } from '../../dates/isoDate.js';
import type { PageContext } from '../pageContext.js';
import { cachedItems } from './fragmentCache.js';

/** Renders 相关文章: up to six related articles with their dates. Needs: context, ranked articles. */
export function RelatedList({
  context,
  articles,
}: {
  context: PageContext;
  articles: readonly Article[];
}) {
  const zone = context.site.settings.timeZone;
  return (
    <section class="related" aria-labelledby="related-title">
      <h2 id="related-title">相关文章</h2>
      {articles.length === 0 ? (
        <p class="related__empty">暂无相关文章</p>
      ) : (
        <ul
          class="related__list"
          dangerouslySetInnerHTML={{
            __html: cachedItems(articles, 'related-item', context, (article) => (
              <li>
                <a href={context.url(article.url)}>{article.title}</a>
                <time datetime={isoDate(article.date, zone)}>{formatDate(article.date, zone)}</time>
              </li>
            )),
          }}
        />
      )}
    </section>
  );
}
