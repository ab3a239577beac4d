import { Base } from './base.js';
import type { PageContext } from './pageContext.js';

/** What the search page needs besides the context: its script and the index manifest (site paths). */
export interface SearchPageProps {
  context: PageContext;
  script: string;
  manifest: string;
}

/**
 * The search page (`/search/?q=…`). The form submits to this same page, so a query is a link;
 * the script reads `q`, loads the index shards and lists results. Without JavaScript it says so.
 */
export function SearchPage({ context, script, manifest }: SearchPageProps) {
  return (
    <Base
      context={context}
      path="/search/"
      title="搜索"
      description={`搜索${context.site.settings.title}的文章`}
      bodyClass="page-search"
      head={<script defer src={context.url(script)} />}
    >
      <h1 class="page-title">搜索</h1>
      <form
        class="search-form"
        role="search"
        action={context.url('/search/')}
        method="get"
        data-index={context.url(manifest)}
        data-root={context.url('/')}
      >
        <label class="search-form__label" for="search-input">
          搜索文章标题、关键词和摘要
        </label>
        <div class="search-form__row">
          <input
            id="search-input"
            class="search-form__input"
            type="search"
            name="q"
            autocomplete="off"
            placeholder="如 马斯克、大模型 或 xAI"
          />
          <button class="search-form__button" type="submit">
            搜索
          </button>
        </div>
      </form>
      <noscript>
        <p class="search-note">
          搜索需要启用 JavaScript。也可以从<a href={context.url('/tags/')}>全部关键词</a>或
          <a href={context.url('/archive/')}>文章归档</a>查找文章。
        </p>
      </noscript>
      <p class="search-status" role="status" aria-live="polite"></p>
      <ol class="search-results"></ol>
      <button class="search-more" type="button" hidden>
        显示更多结果
      </button>
    </Base>
  );
}
