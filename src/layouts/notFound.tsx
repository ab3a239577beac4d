import { Base } from './base.js';
import type { PageContext } from './pageContext.js';

/** The 404 page, written as /404.html, which static hosts serve for unknown paths. */
export function NotFoundPage({ context }: { context: PageContext }) {
  return (
    <Base
      context={context}
      path="/404.html"
      title="页面未找到"
      description="页面未找到"
      noCanonical
      bodyClass="page-404"
    >
      <h1 class="page-title">页面未找到</h1>
      <p>你要找的页面不存在，可能已被移动或删除。</p>
      <p>
        <a href={context.url('/')}>返回首页</a>
      </p>
    </Base>
  );
}
