import type { Article } from '../content/article.js';
import { Base } from './base.js';
import type { PageContext } from './pageContext.js';
import { ArticleHead } from './partials/articleHead.js';
import { ArticleNav } from './partials/articleNav.js';
import { Breadcrumb } from './partials/breadcrumb.js';
import { Disclosure } from './partials/disclosure.js';
import { KeywordList } from './partials/keywordList.js';
import { LeadImageFigure } from './partials/leadImageFigure.js';
import { MetaRow } from './partials/metaRow.js';
import { References } from './partials/references.js';
import { RelatedList } from './partials/relatedList.js';
import { SaveButton } from './partials/saveButton.js';

/** The article page for the article at `index` in the site's newest-first list. */
export function ArticlePage({ context, index }: { context: PageContext; index: number }) {
  const { site } = context;
  const article = site.articles[index] as Article;
  const keywords = site.keywordIndex.articleKeywords[index] ?? [];
  const related = (site.related[index] ?? []).map((i) => site.articles[i] as Article);
  return (
    <Base
      context={context}
      path={article.url}
      title={article.title}
      description={article.summary}
      head={
        <ArticleHead context={context} article={article} keywords={keywords.map((k) => k.name)} />
      }
      bodyClass="page-article"
    >
      <Breadcrumb context={context} keyword={keywords[0]} />
      <article class="article">
        <header class="article__header">
          {article.draft || article.date.getTime() > Date.now() ? (
            <p class="draft-mark">草稿：仅在预览中可见</p>
          ) : null}
          <h1 class="article__title">{article.title}</h1>
          <MetaRow article={article} zone={site.settings.timeZone} />
          <SaveButton context={context} article={article} />
        </header>
        {article.image ? <LeadImageFigure context={context} image={article.image} /> : null}
        <div
          class="article__body"
          dangerouslySetInnerHTML={{ __html: context.bodyHtml(article.html) }}
        />
        <References references={article.references} />
        <Disclosure disclosure={site.settings.disclosure} />
        <footer class="article__footer">
          <KeywordList context={context} keywords={keywords} />
          <RelatedList context={context} articles={related} />
          <ArticleNav
            context={context}
            newer={site.articles[index - 1]}
            older={site.articles[index + 1]}
          />
        </footer>
      </article>
    </Base>
  );
}
