import { sitePath } from '../site/sitePath.js';

/**
 * The path a browser requests for a site path under the base path: WHATWG URL parsing, as in the
 * browser, so cache keys built here match the requests the worker sees (`/tags/人工智能/` becomes
 * `/tags/%E4%BA%BA…/`).
 */
export function requestPath(basePath: string, path: string): string {
  return new URL(sitePath(basePath, path), 'http://site.invalid').pathname;
}
