import { accentPresets } from '../client/accentPresets.js';
import { offlineMode } from '../offline/offlineMode.js';
import type { Child } from '../render/jsxRuntime.js';
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
  head?: Child;
  bodyClass?: string;
  /** Pages such as 404 are not canonical anywhere. */
  noCanonical?: boolean;
  children: Child;
}

/** The document shell shared by every page kind: head, header with 设置, main, footer. */
export function Base(props: BaseProps) {
  const { context, title, description } = props;
  const { settings } = context.site;
  const accent = accentPresets[0];
  const offline = offlineMode(settings, context.site.preview);
  const fullTitle = props.path === '/' ? settings.title : `${title} - ${settings.title}`;
  return (
    <html lang={settings.language} data-theme="system">
      <head>
        <meta charset="utf-8" />
        {/* Before any script it governs. Not in the portable build: file: URLs have opaque origins,
            so whether 'self' covers the pages' own files is each browser's choice (Chromium's is yes). */}
        {settings.portable ? null : (
          <meta http-equiv="Content-Security-Policy" content={context.assets.cspMeta} />
        )}
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={description} />
        <meta name="color-scheme" content="light dark" />
        <meta name="theme-color" content={accent?.light} media="(prefers-color-scheme: light)" />
        <meta name="theme-color" content={accent?.dark} media="(prefers-color-scheme: dark)" />
        {/* After the metas it updates, before the stylesheet: applies stored settings before first paint. */}
        <script dangerouslySetInnerHTML={{ __html: context.assets.themeBootstrap }} />
        <link rel="stylesheet" href={context.url(context.assets.css)} />
        <link rel="icon" href={favicon(accent?.light ?? '#c81e1e')} />
        {props.noCanonical ? null : <link rel="canonical" href={context.absolute(props.path)} />}
        {offline === 'none' ? null : (
          <>
            <link rel="manifest" href={context.url('/manifest.webmanifest')} />
            {/* iOS rounds the corners itself and shows transparency as black: the full-bleed icon. */}
            <link rel="apple-touch-icon" href={context.url(context.assets.icons.maskable512)} />
          </>
        )}
        {props.head}
        {/* A deferred classic script: browsers refuse module scripts from file:// (the portable build). */}
        <script defer src={context.url(context.assets.settingsScript)} />
        {offline === 'service-worker' ? (
          <script
            defer
            src={context.url(context.assets.offlineScript)}
            data-sw={context.url('/sw.js')}
            data-scope={context.url('/')}
          />
        ) : null}
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

/**
 * A rounded square in the default accent, inline so no page pays a request (or a 404) for
 * /favicon.ico. The CSP's img-src allows data: anyway, for the data: images article bodies may hold.
 */
function favicon(colour: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="${colour}"/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
