import type { PageContext } from '../pageContext.js';
import { SettingsPanel } from './settingsPanel.js';

/** Renders the site name, channel navigation from site data and the 设置 button. Needs: context. */
export function SiteHeader({ context }: { context: PageContext }) {
  const { settings } = context.site;
  return (
    <header class="site-header">
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
        <SettingsPanel />
      </div>
    </header>
  );
}
