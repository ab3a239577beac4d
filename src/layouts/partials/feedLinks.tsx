import type { PageContext } from '../pageContext.js';

/** Renders `<link rel="alternate">` for the site feeds and, on keyword pages, the keyword's own Atom feed. */
export function FeedLinks({
  context,
  keywordFeed,
  keyword,
}: {
  context: PageContext;
  keywordFeed?: string;
  keyword?: string;
}) {
  const title = context.site.settings.title;
  return (
    <>
      <link
        rel="alternate"
        type="application/atom+xml"
        title={`${title} (Atom)`}
        href={context.url('/feed.xml')}
      />
      <link
        rel="alternate"
        type="application/rss+xml"
        title={`${title} (RSS)`}
        href={context.url('/rss.xml')}
      />
      <link
        rel="alternate"
        type="application/feed+json"
        title={`${title} (JSON Feed)`}
        href={context.url('/feed.json')}
      />
      {keywordFeed ? (
        <link
          rel="alternate"
          type="application/atom+xml"
          title={`${title} · ${keyword ?? ''}`}
          href={context.url(keywordFeed)}
        />
      ) : null}
    </>
  );
}
