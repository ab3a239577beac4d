import { type Html, renderHtml } from '../../render/jsxRuntime.js';
import type { PageContext } from '../pageContext.js';

/**
 * Per site model, then per fragment name and link scope, each owner's HTML. Owners (the site
 * model, an article or a keyword) are immutable while a build renders; a rebuild's new model
 * starts afresh and lets the old fragments go.
 */
const rendered = new WeakMap<object, Map<string, WeakMap<object, string>>>();

/**
 * The HTML of a fragment that depends only on its owner and the page's link scope, rendered once
 * per build and reused: the header and footer are on every page, an article appears in ~10 lists
 * and ~6 related lists, a keyword on every article that has it.
 */
export function cachedFragment(
  owner: object,
  name: string,
  context: PageContext,
  build: () => Html,
): string {
  return renderedOnce(fragmentsNamed(name, context), owner, build);
}

/** The items of a list, each rendered once per build as by `cachedFragment`, as one string. */
export function cachedItems<Owner extends object>(
  owners: readonly Owner[],
  name: string,
  context: PageContext,
  build: (owner: Owner) => Html,
): string {
  const byOwner = fragmentsNamed(name, context);
  let html = '';
  for (const owner of owners) html += renderedOnce(byOwner, owner, build);
  return html;
}

/** The owner's HTML from `byOwner`, rendered and stored there the first time. */
function renderedOnce<Owner extends object>(
  byOwner: WeakMap<object, string>,
  owner: Owner,
  build: (owner: Owner) => Html,
): string {
  let html = byOwner.get(owner);
  if (html === undefined) {
    html = flattened(renderHtml(build(owner)));
    byOwner.set(owner, html);
  }
  return html;
}

// Matches every string; what matters is that V8 runs a RegExp on flat strings only.
const anything = /^/;

/**
 * The same string, stored flat. V8 keeps a string built by concatenation as a tree of its pieces
 * until something needs it in one piece, and then flattens it in place. A fragment reused on
 * thousands of pages would otherwise be walked piece by piece again each time a page that holds it
 * is posted to the writer thread or written: that walk was most of the cost of posting a page.
 */
function flattened(html: string): string {
  anything.test(html);
  return html;
}

/** One lookup per list rather than per item; without a link scope the key is the literal name. */
function fragmentsNamed(name: string, context: PageContext): WeakMap<object, string> {
  let byName = rendered.get(context.site);
  if (!byName) {
    byName = new Map();
    rendered.set(context.site, byName);
  }
  const scope = linkScope(context);
  const key = scope === '' ? name : `${name}\0${scope}`;
  let byOwner = byName.get(key);
  if (!byOwner) {
    byOwner = new WeakMap();
    byName.set(key, byOwner);
  }
  return byOwner;
}

/**
 * What a page's links depend on: nothing page-specific with absolute links, but in the portable
 * build every link is relative to the page's own folder (`../开源/` from /tags/人工智能/).
 */
export function linkScope(context: PageContext): string {
  return context.site.settings.portable ? context.path : '';
}
