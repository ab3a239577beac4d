import type { PageContext } from '../pageContext.js';
import { SettingsPanel } from './settingsPanel.js';
import { siteBlockHtml } from './siteBlock.js';

/**
 * Renders the site name, channel navigation from site data, the search box (a plain GET form to
 * /search/, so it works before any script) and the 设置 button. Needs: context.
 */
export function SiteHeader({ context }: { context: PageContext }) {
  return (
    <header
      class="site-header"
      dangerouslySetInnerHTML={{
        __html: siteBlockHtml('header', context, () => <HeaderInner context={context} />),
      }}
    />
  );
}

function HeaderInner({ context }: { context: PageContext }) {
  const { settings } = context.site;
  return (
    <div class="site-header__inner">
      <a class="site-name" href={context.url('/')}>
        {settings.title}
      </a>
      <nav class="site-nav" aria-label="频道">
        <ul class="site-nav__list">
          {settings.nav.map((item) => (
            <li>
              <a href={context.url(item.url)}>{item.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <form
        class="site-search"
        role="search"
        aria-label="站内搜索"
        action={context.url('/search/')}
        method="get"
      >
        <input
          class="site-search__input"
          type="search"
          name="q"
          aria-label="搜索文章"
          placeholder="搜索"
        />
      </form>
      <SettingsPanel />
    </div>
  );
}
