import type { MarkdownIt } from 'markdown-it';
import { createMarkdown } from '../markdown/createMarkdown.js';
import { localImageSize } from './localImageSize.js';
import type { SiteSettings } from './siteSettings.js';
import { sitePath } from './sitePath.js';

/** The markdown-it instance for the owner's markdown pages, set up exactly as for articles. */
export function pageMarkdown(inputDir: string, settings: SiteSettings): MarkdownIt {
  return createMarkdown({
    imageSize: localImageSize(inputDir),
    urlFor: (path) => sitePath(settings.basePath, path),
    siteHost: new URL(settings.url).hostname,
  });
}
