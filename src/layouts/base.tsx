import type { ComponentChildren } from 'preact';
import type { PageContext } from './pageContext.js';
import { SiteFooter } from './partials/siteFooter.js';
import { SiteHeader } from './partials/siteHeader.js';

/** What a page puts in its head and body; the base layout does the rest. */
export interface BaseProps {
  context: PageContext;
  /** Site path of this page, without the base path. */
  path: string;
  title: string;
  description: string;
  /** Extra head elements: Open Graph, JSON-LD, feed links. */
  head?: ComponentChildren;
  bodyClass?: string;
  /** Pages such as 404 are not canonical anywhere. */
  noCanonical?: boolean;
  children: ComponentChildren;
}

/** The document shell shared by every page kind: head, header with 设置, main, footer. */
export function Base(props: BaseProps) {
  const { context, title, description } = props;
  const { settings } = context.site;
  const fullTitle = props.path === '/' ? settings.title : `${title} - ${settings.title}`;
  return (
    <html lang={settings.language} data-theme="system">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={description} />
        <meta name="color-scheme" content="light dark" />
        <meta name="theme-color" content="#d22222" />
        <script dangerouslySetInnerHTML={{ __html: context.assets.themeBootstrap }} />
        <link rel="stylesheet" href={context.url(context.assets.css)} />
        {props.noCanonical ? null : <link rel="canonical" href={context.absolute(props.path)} />}
        {props.head}
        <script type="module" src={context.url(context.assets.settingsScript)} />
      </head>
      <body class={props.bodyClass}>
        <a class="skip-link" href="#main">
          跳到正文
        </a>
        <SiteHeader context={context} />
        <main id="main" class="main">
          {props.children}
        </main>
        <SiteFooter context={context} />
      </body>
    </html>
  );
}
