import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';

/** Serialises a page; preact escapes every text and attribute value, so content cannot inject markup. */
export function renderDocument(page: VNode): string {
  return `<!doctype html>\n${render(page)}\n`;
}
