import { Base } from './base.js';
import type { PageContext } from './pageContext.js';

/**
 * The offline page (`/offline/`): the service worker shows it, at the requested URL, for a page
 * that is neither reachable nor cached. It links to 已保存, where what can be read offline is listed.
 */
export function OfflinePage({ context }: { context: PageContext }) {
  return (
    <Base
      context={context}
      path="/offline/"
      title="当前离线"
      description="网络不可用，这个页面还没有保存到本机。"
      noCanonical
      bodyClass="page-offline"
      head={<meta name="robots" content="noindex" />}
    >
      <h1 class="page-title">当前离线</h1>
      <p>网络不可用，这个页面还没有保存到本机。连上网络后刷新即可打开。</p>
      <p>
        保存过的文章和最近浏览的文章可以离线阅读：
        <a href={context.url('/saved/')}>查看已保存的文章</a>
      </p>
      <p>
        <a href={context.url('/')}>返回首页</a>
      </p>
    </Base>
  );
}
