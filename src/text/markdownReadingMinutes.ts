import type { MarkdownIt } from 'markdown-it';
import { createMarkdown } from '../markdown/createMarkdown.js';
import { readableText } from '../markdown/readableText.js';
import { readingMinutes } from './readingMinutes.js';

let markdown: MarkdownIt | undefined;

/** Whole minutes to read a markdown (or plain) text, counted as article pages count their bodies. */
export function markdownReadingMinutes(text: string): number {
  // Made on first use: a build whose templates never ask pays nothing. Settings change only
  // image and link attributes, never the words counted.
  markdown ??= createMarkdown();
  return readingMinutes(readableText(markdown.parse(text, {})));
}
