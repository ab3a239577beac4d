import type { MarkdownIt } from 'markdown-it';
import { datePath } from '../dates/datePath.js';
import { readableText } from '../markdown/readableText.js';
import { slugifyKeyword } from '../keywords/slugifyKeyword.js';
import { htmlToPlainText } from '../text/htmlToPlainText.js';
import { readingMinutes } from '../text/readingMinutes.js';
import { summarize } from '../text/summarize.js';
import type { Article, LeadImage } from './article.js';
import type { ContentProblem } from './contentProblem.js';
import { decodeUtf8 } from './decodeUtf8.js';
import { splitFrontMatter } from './splitFrontMatter.js';
import { validateFrontMatter } from './validateFrontMatter.js';

/** What reading an article needs from the rest of the build. */
export interface ReadContext {
  zone: string;
  markdown: MarkdownIt;
  imageSize: (src: string) => { width: number; height: number } | undefined;
  /** Whether a site-root path such as `/images/a.jpg` names a file in the content folder. */
  fileExists: (sitePath: string) => boolean;
  /** Keep the body's plain text on the article (for the search index's body text). */
  keepText?: boolean;
}

/** The article, when valid, and every problem found in it. */
export interface ReadResult {
  article?: Article;
  problems: ContentProblem[];
}

/** Turns one markdown file into a validated, rendered article, collecting problems rather than throwing. */
export function readArticle(bytes: Uint8Array, file: string, context: ReadContext): ReadResult {
  const text = decodeUtf8(bytes);
  if (text === undefined) {
    return {
      problems: [
        { file, message: 'is not valid UTF-8 text; expected the file to be saved as UTF-8', severity: 'error' },
      ],
    };
  }
  const split = splitFrontMatter(text, file);
  if (!split.ok) return { problems: [split.problem] };
  const { value, problems } = validateFrontMatter(split.data, file, context.zone);
  if (!value) return { problems };

  if (value.image?.startsWith('/') && !context.fileExists(value.image)) {
    problems.push({
      file,
      field: 'image',
      message: `found "${value.image}", but no such file is in the content folder; expected a path like /images/a.jpg to a file under content/images/`,
      severity: 'error',
    });
    return { problems };
  }
  // Parsed, then rendered, with one fresh env as isolateEnv gives md.render, so reading time can
  // count the tokens instead of stripping the rendered HTML.
  const env = {};
  const tokens = context.markdown.parse(split.body, env);
  const html = context.markdown.renderer.render(tokens, context.markdown.options, env);
  const plain = () => htmlToPlainText(html);
  const fileSlug = fileStem(file);
  const image: LeadImage | undefined =
    value.image === undefined
      ? undefined
      : { src: value.image, alt: value.imageAlt ?? '', ...context.imageSize(value.image) };
  const article: Article = {
    inputPath: file,
    fileSlug,
    url: value.permalink ?? `/${datePath(value.date, context.zone)}/${slugifyKeyword(fileSlug)}/`,
    title: value.title,
    date: value.date,
    updated: value.updated,
    source: value.source,
    sourceUrl: value.sourceUrl,
    author: value.author,
    editor: value.editor,
    keywords: value.keywords ?? [],
    references: (value.references ?? []).map((reference) => ({
      title: reference.title ?? reference.url,
      url: reference.url,
    })),
    summary: value.summary ?? summarize(htmlToPlainText(leadingParagraphs(html)) || plain()),
    draft: value.draft ?? false,
    image,
    html,
    ...(context.keepText ? { text: plain() } : {}),
    readingMinutes: readingMinutes(readableText(tokens)),
  };
  return { article, problems };
}

/** The body's paragraphs, so a derived summary reads as prose rather than headings and list items. */
function leadingParagraphs(html: string): string {
  let text = '';
  for (const match of html.matchAll(/<p>([\s\S]*?)<\/p>/g)) {
    text += `<p>${match[1] ?? ''}</p>`;
    if (text.length > 600) break;
  }
  return text;
}

function fileStem(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return name.replace(/\.md$/i, '');
}
