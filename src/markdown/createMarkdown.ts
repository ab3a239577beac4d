import markdownit from 'markdown-it';
import type { MarkdownIt } from 'markdown-it';
import cjkBreaks from 'markdown-it-cjk-breaks';
import cjkFriendly from 'markdown-it-cjk-friendly';
import footnote from 'markdown-it-footnote';
import { footnoteLabel } from './footnoteLabel.js';
import { headingAnchors } from './headingAnchors.js';
import { isolateEnv } from './isolateEnv.js';
import { isSafeUrl } from './isSafeUrl.js';
import { lazyImages } from './lazyImages.js';
import { linearFootnotes } from './linearFootnotes.js';
import { linkifyUrls } from './linkifyUrls.js';
import { siteLinks } from './siteLinks.js';
import { tableAlign } from './tableAlign.js';
import { tableWrap } from './tableWrap.js';

export interface MarkdownOptions {
  /** Natural size of an image given its src as written, when known (local files); used for width/height so images never shift layout. */
  imageSize?: (src: string) => { width: number; height: number } | undefined;
  /** Turns a site-root path like `/images/a.png` into the URL to emit (adds the base path when the site lives under a sub-path). Default: identity. */
  urlFor?: (sitePath: string) => string;
  /** Hostname of the site itself, so its own absolute links are not treated as external. */
  siteHost?: string;
}

/** Builds the one markdown-it instance the whole build shares for article bodies; each `render` is independent. */
export function createMarkdown(options: MarkdownOptions = {}): MarkdownIt {
  const {
    imageSize = () => undefined,
    urlFor = (sitePath: string) => sitePath,
    siteHost,
  } = options;
  const md = markdownit({
    // Raw HTML is escaped, not sanitised: bodies are markdown, and escaping has no allowlist to get wrong.
    html: false,
    linkify: true,
    // Off so quotes are never rewritten; 「」 and "" pass through as written.
    typographer: false,
  });
  md.validateLink = isSafeUrl;
  return (
    md
      .use(linkifyUrls)
      .use(cjkFriendly)
      // A line wrapped between two Chinese characters would show a space there; English keeps it.
      .use(cjkBreaks)
      .use(footnote)
      .use(linearFootnotes)
      .use(footnoteLabel)
      .use(headingAnchors)
      .use(tableAlign)
      .use(tableWrap)
      .use(lazyImages, { imageSize, urlFor })
      .use(siteLinks, { urlFor, siteHost })
      .use(isolateEnv)
  );
}
