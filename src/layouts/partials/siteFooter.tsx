import type { PageContext } from '../pageContext.js';

/** Renders the footer link groups from site data (sister sites, apps), copyright and feed links. */
export function SiteFooter({ context }: { context: PageContext }) {
  const { settings } = context.site;
  return (
    <footer class="site-footer">
      {settings.footer.groups.map((group) => (
        <nav class="footer-group" aria-label={group.title}>
          <h2 class="footer-group__title">{group.title}</h2>
          <ul>
            {group.links.map((link) => (
              <li>
                <a href={context.url(link.url)}>{link.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      ))}
      {settings.footer.copyright ? <p class="copyright">{settings.footer.copyright}</p> : null}
    </footer>
  );
}
