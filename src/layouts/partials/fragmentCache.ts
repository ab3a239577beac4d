import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';
import type { PageContext } from '../pageContext.js';
import { linkScope } from './siteBlock.js';

/** Per owner (an article or keyword, immutable while a build renders), its fragments' HTML by name and link scope. */
const rendered = new WeakMap<object, Map<string, string>>();

/**
 * The HTML of a fragment that depends only on its owner and the page's link scope, rendered once
 * per build and reused: an article appears in ~10 lists and ~6 related lists, a keyword on every
 * article that has it. Reuse also hands the page one flat string instead of many small ones.
 */
export function cachedFragment(
  owner: object,
  name: string,
  context: PageContext,
  build: () => VNode,
): string {
  let byKey = rendered.get(owner);
  if (!byKey) {
    byKey = new Map();
    rendered.set(owner, byKey);
  }
  const key = `${name}\0${linkScope(context)}`;
  let html = byKey.get(key);
  if (html === undefined) {
    html = render(build());
    byKey.set(key, html);
  }
  return html;
}
