import type { Html } from '../../render/jsxRuntime.js';
import type { PageContext } from '../pageContext.js';
import { cachedFragment } from './fragmentCache.js';

/**
 * The inner HTML of a block that is the same on every page of a build, such as the header and
 * footer, rendered once and reused: they were a third of each page's rendering.
 */
export function siteBlockHtml(name: string, context: PageContext, build: () => Html): string {
  return cachedFragment(context.site, name, context, build);
}
