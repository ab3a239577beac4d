import { type Html, renderHtml } from '../../render/jsxRuntime.js';
import type { PageContext } from '../pageContext.js';

/** Per owner (the site model, an article or a keyword: immutable while a build renders), its fragments' HTML by name and link scope. */
const rendered = new WeakMap<object, Map<string, string>>();

/**
 * The HTML of a fragment that depends only on its owner and the page's link scope, rendered once
 * per build and reused: the header and footer are on every page, an article appears in ~10 lists
 * and ~6 related lists, a keyword on every article that has it. Reuse also hands the page one flat
 * string instead of many small ones.
 */
export function cachedFragment(
  owner: object,
  name: string,
  context: PageContext,
  build: () => Html,
): string {
  let byKey = rendered.get(owner);
  if (!byKey) {
    byKey = new Map();
    rendered.set(owner, byKey);
  }
  const key = `${name}\0${linkScope(context)}`;
  let html = byKey.get(key);
  if (html === undefined) {
    html = renderHtml(build());
    byKey.set(key, html);
  }
  return html;
}

/** The items of a list, each rendered once per build by `cachedFragment`, as one string. */
export function cachedItems<Owner extends object>(
  owners: readonly Owner[],
  name: string,
  context: PageContext,
  build: (owner: Owner) => Html,
): string {
  return owners.map((owner) => cachedFragment(owner, name, context, () => build(owner))).join('');
}

/**
 * What a page's links depend on: nothing page-specific with absolute links, but in the portable
 * build every link is relative to the page's own folder (`../开源/` from /tags/人工智能/).
 */
export function linkScope(context: PageContext): string {
  return context.site.settings.portable ? context.path : '';
}
