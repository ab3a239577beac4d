import type { Article } from '../content/article.js';
import { Base } from './base.js';
import type { PageContext } from './pageContext.js';
import { ArticleList } from './partials/articleList.js';
import { JsonLd } from './partials/jsonLd.js';

/** The home page: the newest articles. */
export function HomePage({ context, articles }: { context: PageContext; articles: readonly Article[] }) {
  const { settings } = context.site;
  return (
    <Base
      context={context}
      path="/"
      title={settings.title}
      description={settings.description}
      bodyClass="page-home"
      head={
        <JsonLd
          data={{
            '@context': 'https://schema.org',
            '@type': 'WebSite',
            name: settings.title,
            url: context.absolute('/'),
            inLanguage: settings.language,
          }}
        />
      }
    >
      <h1 class="page-title">最新资讯</h1>
      <ArticleList context={context} articles={articles} />
    </Base>
  );
}
