import type { ListPage } from '../../site/listPages.js';
import { pagePath } from '../../site/pagePath.js';
import type { PageContext } from '../pageContext.js';

/** Page numbers to show: all when few, else the first, the last and two either side of the current one. */
export function pageWindow(current: number, count: number): (number | 'gap')[] {
  if (count <= 7) return Array.from({ length: count }, (_, i) => i + 1);
  const shown = new Set([1, count, current - 2, current - 1, current, current + 1, current + 2]);
  const numbers = [...shown].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  numbers.forEach((n, i) => {
    if (i > 0 && n - (numbers[i - 1] as number) > 1) out.push('gap');
    out.push(n);
  });
  return out;
}

/** Renders previous/next and numbered page links for a list page; nothing for a one-page list. */
export function Pagination({ context, page }: { context: PageContext; page: ListPage }) {
  if (page.pageCount <= 1) return null;
  const href = (n: number) => context.url(pagePath(page.kind, page.firstPath, n));
  return (
    <nav class="pagination" aria-label="分页">
      {page.pageNumber > 1 ? (
        <a class="pagination__prev" rel="prev" href={href(page.pageNumber - 1)}>
          上一页
        </a>
      ) : null}
      <ol class="pagination__pages">
        {pageWindow(page.pageNumber, page.pageCount).map((n) =>
          n === 'gap' ? (
            <li class="pagination__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li>
              {n === page.pageNumber ? (
                <a href={href(n)} aria-current="page">
                  {n}
                </a>
              ) : (
                <a href={href(n)}>{n}</a>
              )}
            </li>
          ),
        )}
      </ol>
      {page.pageNumber < page.pageCount ? (
        <a class="pagination__next" rel="next" href={href(page.pageNumber + 1)}>
          下一页
        </a>
      ) : null}
    </nav>
  );
}
