import type { ListPage } from '../site/listPages.js';
import { Base } from './base.js';
import { ListPageView } from './listPageView.js';
import type { PageContext } from './pageContext.js';
import { FeedLinks } from './partials/feedLinks.js';
import { JsonLd } from './partials/jsonLd.js';

/** The home page and its later pages (`/page/2/` …): the newest articles. */
export function HomePage({ context, page }: { context: PageContext; page: ListPage }) {
  const { settings } = context.site;
  const first = page.pageNumber === 1;
  return (
    <Base
      context={context}
      path={page.path}
      title={first ? settings.title : `最新资讯 第 ${page.pageNumber} 页`}
      description={settings.description}
      bodyClass="page-home"
      head={
        <>
          <FeedLinks context={context} />
          {first ? (
            <JsonLd
              data={{
                '@context': 'https://schema.org',
                '@type': 'WebSite',
                name: settings.title,
                url: context.absolute('/'),
                inLanguage: settings.language,
              }}
            />
          ) : null}
        </>
      }
    >
      <ListPageView context={context} page={page} heading="最新资讯" />
    </Base>
  );
}
