import type { Article } from '../../content/article.js';
import type { PageContext } from '../pageContext.js';

/** Renders links to the previous (older) and next (newer) article. Needs: context, neighbours if any. */
export function ArticleNav(props: { context: PageContext; newer?: Article; older?: Article }) {
  const { context, newer, older } = props;
  if (!newer && !older) return null;
  return (
    <nav class="article-nav" aria-label="上一篇和下一篇">
      {older ? (
        <a class="article-nav__older" rel="prev" href={context.url(older.url)}>
          <span>上一篇</span> {older.title}
        </a>
      ) : null}
      {newer ? (
        <a class="article-nav__newer" rel="next" href={context.url(newer.url)}>
          <span>下一篇</span> {newer.title}
        </a>
      ) : null}
    </nav>
  );
}
