import type { ListPage } from '../site/listPages.js';
import { Base } from './base.js';
import { ListPageView } from './listPageView.js';
import type { PageContext } from './pageContext.js';

/** A year or month of the date archive (`/archive/2024/`, `/archive/2024/05/`), paginated. */
export function ArchivePage({ context, page }: { context: PageContext; page: ListPage }) {
  const suffix = page.pageNumber > 1 ? ` 第 ${page.pageNumber} 页` : '';
  return (
    <Base
      context={context}
      path={page.path}
      title={`${page.title}文章归档${suffix}`}
      description={`${page.title}的 ${page.total} 篇文章`}
      bodyClass="page-archive"
    >
      <nav class="breadcrumb" aria-label="当前位置">
        <ol>
          <li>
            <a href={context.url('/')}>首页</a>
          </li>
          <li>
            <a href={context.url('/archive/')}>归档</a>
          </li>
          <li aria-current="page">{page.title}</li>
        </ol>
      </nav>
      <ListPageView
        context={context}
        page={page}
        heading={`${page.title}归档`}
        intro={`共 ${page.total} 篇文章`}
      />
    </Base>
  );
}
