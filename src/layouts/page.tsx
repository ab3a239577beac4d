import { Base } from './base.js';
import type { PageContext } from './pageContext.js';

/** What an owner's page gives the `page` layout: its front matter and its rendered content. */
export interface OwnerPageProps {
  context: PageContext;
  title: string;
  /** The page's `description`, or the site's when it has none. */
  description: string;
  /** The page's own HTML, as its template engine rendered it. */
  html: string;
}

/**
 * An owner's page (`layout: page`) in the full site: header, 设置, search, footer. Renders
 * 首页 › title, the title and the page's HTML. Example: `<OwnerPage context={c} title="关于我们" description="" html="<p>…</p>" />`.
 */
export function OwnerPage({ context, title, description, html }: OwnerPageProps) {
  return (
    <Base
      context={context}
      path={context.path}
      title={title}
      description={description}
      bodyClass="page-owner"
    >
      <nav class="breadcrumb" aria-label="当前位置">
        <ol>
          <li>
            <a href={context.url('/')}>首页</a>
          </li>
          <li aria-current="page">{title}</li>
        </ol>
      </nav>
      <article class="article">
        <header class="article__header">
          <h1 class="article__title">{title}</h1>
        </header>
        <div class="article__body" dangerouslySetInnerHTML={{ __html: context.bodyHtml(html) }} />
      </article>
    </Base>
  );
}
