import { Base } from './base.js';
import type { PageContext } from './pageContext.js';

/**
 * The 已保存 page (`/saved/`): saved articles and recently visited ones, read from this browser's
 * caches by src/client/saved.ts, so it works offline. The lists stay hidden until the script fills
 * them; without JavaScript the status line says why they are empty.
 */
export function SavedPage({ context }: { context: PageContext }) {
  return (
    <Base
      context={context}
      path="/saved/"
      title="已保存"
      description="保存在本机的文章和最近浏览的文章，没有网络时也能阅读。"
      noCanonical
      bodyClass="page-saved"
      head={
        <>
          <meta name="robots" content="noindex" />
          <script
            defer
            src={context.url(context.assets.savedScript)}
            data-scope={context.url('/')}
          />
        </>
      }
    >
      <h1 class="page-title">已保存</h1>
      <p class="saved-status" role="status">
        需要启用 JavaScript 才能列出保存在本机的文章。
      </p>
      <div class="saved-lists" hidden>
        <section class="saved-section" aria-labelledby="saved-heading">
          <h2 id="saved-heading" class="saved-section__title" tabindex={-1}>
            离线保存的文章
          </h2>
          <ul id="saved-articles" class="saved-list" />
          <p id="saved-empty" class="saved-empty" hidden>
            还没有保存的文章。在文章页点「保存离线」，没有网络时也能在这里读到它。
          </p>
        </section>
        <section class="saved-section" aria-labelledby="visited-heading">
          <h2 id="visited-heading" class="saved-section__title">
            最近浏览
          </h2>
          <p class="saved-hint">
            最近打开的 {context.site.settings.offline.maxVisited}{' '}
            个页面也能离线阅读，更早的会被自动清理。
          </p>
          <ul id="visited-articles" class="saved-list" />
          <p id="visited-empty" class="saved-empty" hidden>
            还没有浏览记录。
          </p>
          <button class="visited-clear" type="button" hidden>
            清空浏览记录
          </button>
        </section>
      </div>
    </Base>
  );
}
