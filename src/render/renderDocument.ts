import { type Html, renderHtml } from './jsxRuntime.js';

/** Serialises a page; the JSX runtime escapes every text and attribute value, so content cannot inject markup. */
export function renderDocument(page: Html): string {
  return `<!doctype html>\n${renderHtml(page)}\n`;
}
