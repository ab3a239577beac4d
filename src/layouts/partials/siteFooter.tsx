import { offlineMode } from '../../offline/offlineMode.js';
import type { PageContext } from '../pageContext.js';
import { siteBlockHtml } from './siteBlock.js';

/**
 * Renders the footer link groups from site data (sister sites, apps), 已保存 (only where a worker
 * serves it: not in the portable build or with the kill switch), the site feeds and the copyright.
 */
export function SiteFooter({ context }: { context: PageContext }) {
  return (
    <footer
      class="site-footer"
      dangerouslySetInnerHTML={{
        __html: siteBlockHtml('footer', context, () => <FooterInner context={context} />),
      }}
    />
  );
}

function FooterInner({ context }: { context: PageContext }) {
  const { settings } = context.site;
  const saved = offlineMode(settings, context.site.preview) === 'service-worker';
  return (
    <div class="site-footer__inner">
      {settings.footer.groups.map((group) => (
        <nav class="footer-group" aria-label={group.title}>
          <h2 class="footer-group__title">{group.title}</h2>
          <ul class="footer-group__list">
            {group.links.map((link) => (
              <li>
                <a href={context.url(link.url)}>{link.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      ))}
      {saved ? (
        <p class="site-footer__saved">
          离线阅读：<a href={context.url('/saved/')}>已保存的文章</a>
        </p>
      ) : null}
      <p class="site-footer__feeds">
        订阅：<a href={context.url('/feed.xml')}>Atom</a>
        <a href={context.url('/rss.xml')}>RSS</a>
        <a href={context.url('/feed.json')}>JSON Feed</a>
      </p>
      {settings.footer.copyright ? <p class="copyright">{settings.footer.copyright}</p> : null}
    </div>
  );
}
