import { Base } from './base.js';
import type { PageContext } from './pageContext.js';

/** The archive index (`/archive/`): every year and month with its article count, newest first. */
export function ArchiveIndexPage({ context }: { context: PageContext }) {
  const years = context.site.periods.filter((period) => period.kind === 'year');
  return (
    <Base
      context={context}
      path="/archive/"
      title="文章归档"
      description="按年份和月份浏览全部文章"
      bodyClass="page-archive-index"
    >
      <h1 class="page-title">文章归档</h1>
      {years.map((year) => (
        <section class="archive-year">
          <h2>
            <a href={context.url(year.path)}>{year.title}</a>{' '}
            <span class="keyword-index__count">{year.count}</span>
          </h2>
          <ul class="archive-months">
            {context.site.periods
              .filter((period) => period.kind === 'month' && period.path.startsWith(year.path))
              .map((month) => (
                <li>
                  <a href={context.url(month.path)}>{month.title.slice(year.title.length)}</a>{' '}
                  <span class="keyword-index__count">{month.count}</span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </Base>
  );
}
