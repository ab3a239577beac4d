import type { Article } from '../../content/article.js';
import { isoDate } from '../../dates/isoDate.js';
import type { PageContext } from '../pageContext.js';
import { JsonLd } from './jsonLd.js';

/** Renders an article's Open Graph tags and NewsArticle JSON-LD. Needs: context, article, keyword names. */
export function ArticleHead(props: {
  context: PageContext;
  article: Article;
  keywords: readonly string[];
}) {
  const { context, article, keywords } = props;
  const { settings } = context.site;
  const zone = settings.timeZone;
  const url = context.absolute(article.url);
  const image = article.image ? absoluteImage(context, article.image.src) : undefined;
  const published = isoDate(article.date, zone);
  const modified = isoDate(article.updated ?? article.date, zone);
  return (
    <>
      <meta property="og:type" content="article" />
      <meta property="og:site_name" content={settings.title} />
      <meta property="og:locale" content={settings.language.replace('-', '_')} />
      <meta property="og:title" content={article.title} />
      <meta property="og:description" content={article.summary} />
      <meta property="og:url" content={url} />
      {image ? <meta property="og:image" content={image} /> : null}
      {image && article.image ? <meta property="og:image:alt" content={article.image.alt} /> : null}
      <meta property="article:published_time" content={published} />
      <meta property="article:modified_time" content={modified} />
      {keywords.map((keyword) => (
        <meta property="article:tag" content={keyword} />
      ))}
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: article.title,
          description: article.summary,
          datePublished: published,
          dateModified: modified,
          inLanguage: settings.language,
          mainEntityOfPage: { '@type': 'WebPage', '@id': url },
          url,
          ...(image ? { image: [image] } : {}),
          author: article.author
            ? [{ '@type': 'Person', name: article.author }]
            : [{ '@type': 'Organization', name: article.source ?? settings.title }],
          ...(article.editor ? { editor: { '@type': 'Person', name: article.editor } } : {}),
          publisher: { '@type': 'Organization', name: settings.title, url: context.absolute('/') },
          ...(keywords.length > 0 ? { keywords: keywords.join(',') } : {}),
          ...(article.source
            ? {
                isBasedOn: article.sourceUrl ?? undefined,
                sourceOrganization: { '@type': 'Organization', name: article.source },
              }
            : {}),
        }}
      />
    </>
  );
}

function absoluteImage(context: PageContext, src: string): string {
  return src.startsWith('/') ? context.absolute(src) : src;
}
