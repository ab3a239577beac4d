import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';
import type { SiteModel } from '../../site/loadSite.js';
import type { PageContext } from '../pageContext.js';

/** Per build (model), the HTML of each site-wide block by link prefix. */
const rendered = new WeakMap<SiteModel, Map<string, string>>();

/**
 * The inner HTML of a block that is the same on every page of a build, such as the header and
 * footer, rendered once and reused: they were a third of each page's rendering.
 */
export function siteBlockHtml(name: string, context: PageContext, build: () => VNode): string {
  let blocks = rendered.get(context.site);
  if (!blocks) {
    blocks = new Map();
    rendered.set(context.site, blocks);
  }
  const key = `${name}\0${linkScope(context)}`;
  let html = blocks.get(key);
  if (html === undefined) {
    html = render(build());
    blocks.set(key, html);
  }
  return html;
}

/**
 * What a page's links depend on: nothing page-specific with absolute links, but in the portable
 * build every link is relative to the page's own folder (`../开源/` from /tags/人工智能/).
 */
export function linkScope(context: PageContext): string {
  return context.site.settings.portable ? context.path : '';
}
