import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../content/contentProblem.js';
import { describeValue } from '../content/describeValue.js';
import { splitFrontMatter } from '../content/splitFrontMatter.js';
import { htmlToPlainText } from '../text/htmlToPlainText.js';
import { summarize } from '../text/summarize.js';
import { displayPath } from './displayPath.js';
import { ownerPageUrl } from './ownerPageUrl.js';
import { pageMarkdown } from './pageMarkdown.js';
import type { SiteSettings } from './siteSettings.js';

/** An owner's page whose front matter says `search: true`, as the search index reads it. */
export interface SearchablePage {
  /** The file as messages show it. */
  inputPath: string;
  /** Site path without the base path, as Eleventy gives it. */
  url: string;
  title: string;
  /** The `description`, or the start of the text. */
  summary: string;
  keywords: string[];
  /** Plain text, only when the site indexes bodies; template tags are left out, not run. */
  text?: string;
}

// Folders Zixun or Eleventy read in other ways; articles are indexed as articles.
const skipped = new Set(['articles', 'images', '_data', '_includes']);
const formats = /\.(md|njk|liquid|html)$/;

/**
 * Reads the owner's pages under the content folder that ask for search (`search: true` in their
 * front matter), before Eleventy renders anything: the index is built while the pages render.
 */
export function readOwnerPages(
  inputDir: string,
  cwd: string,
  settings: SiteSettings,
): { pages: SearchablePage[]; problems: ContentProblem[] } {
  const pages: SearchablePage[] = [];
  const problems: ContentProblem[] = [];
  let markdown: ReturnType<typeof pageMarkdown> | undefined;
  for (const relativePath of pageFiles(inputDir, '')) {
    const file = join(inputDir, relativePath);
    const shown = displayPath(file, cwd);
    const split = splitFrontMatter(readFileSync(file, 'utf8'), shown);
    if (!split.ok || split.data.search !== true) continue;
    const { data, body } = split;
    const fail = (field: string, message: string) =>
      problems.push({ file: shown, field, message, severity: 'error' });
    const url = ownerPageUrl(relativePath, data.permalink);
    if (url === undefined) {
      fail(
        'permalink',
        `found ${describeValue(data.permalink)}; search: true needs a URL known before the page renders (a plain permalink such as /about/, or none)`,
      );
      continue;
    }
    if (typeof data.title !== 'string' || data.title.trim() === '') {
      fail('title', `found ${describeValue(data.title)}; search: true needs the page's title`);
      continue;
    }
    const html = relativePath.endsWith('.md')
      ? (markdown ??= pageMarkdown(inputDir, settings)).render(withoutTags(body))
      : withoutTags(body);
    const text = htmlToPlainText(html);
    const description = typeof data.description === 'string' ? data.description.trim() : '';
    const keywords = Array.isArray(data.keywords)
      ? data.keywords.filter((keyword): keyword is string => typeof keyword === 'string')
      : [];
    pages.push({
      inputPath: shown,
      url,
      title: data.title.trim(),
      summary: description || summarize(text),
      keywords,
      ...(settings.search.body ? { text } : {}),
    });
  }
  return { pages, problems };
}

/** Nunjucks and Liquid tags, output and comments, which only Eleventy can run. */
function withoutTags(body: string): string {
  return body.replace(/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}|\{#[\s\S]*?#\}/g, ' ');
}

/** Template files under the content folder, outside the folders read otherwise, in name order. */
function pageFiles(root: string, folder: string): string[] {
  const found: string[] = [];
  let entries;
  try {
    entries = readdirSync(join(root, folder), { withFileTypes: true });
  } catch {
    return found;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
    if (
      entry.isDirectory() &&
      entry.name !== 'node_modules' &&
      !(folder === '' && skipped.has(entry.name))
    ) {
      found.push(...pageFiles(root, path));
    } else if (entry.isFile() && formats.test(entry.name)) {
      found.push(path);
    }
  }
  return found;
}
