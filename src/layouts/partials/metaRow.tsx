import type { Article } from '../../content/article.js';
import { formatDate } from '../../dates/formatDate.js';
import { isoDate } from '../../dates/isoDate.js';

/** Renders the meta row: date-time, 来源, 作者, 责编 and reading time. Needs: article, zone. */
export function MetaRow({ article, zone }: { article: Article; zone: string }) {
  return (
    <div class="meta">
      <time class="meta__date" datetime={isoDate(article.date, zone)}>
        {formatDate(article.date, zone)}
      </time>
      {article.source ? (
        <span class="meta__source">
          来源：
          {article.sourceUrl ? (
            <a href={article.sourceUrl} rel="noopener noreferrer">
              {article.source}
            </a>
          ) : (
            article.source
          )}
        </span>
      ) : null}
      {article.author ? <span class="meta__author">作者：{article.author}</span> : null}
      {article.editor ? <span class="meta__editor">责编：{article.editor}</span> : null}
      <span class="meta__reading">阅读约 {article.readingMinutes} 分钟</span>
      {article.updated ? (
        <span class="meta__updated">
          更新于{' '}
          <time datetime={isoDate(article.updated, zone)}>{formatDate(article.updated, zone)}</time>
        </span>
      ) : null}
    </div>
  );
}
