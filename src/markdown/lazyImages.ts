import type { MarkdownIt } from 'markdown-it';
import type { MarkdownOptions } from './createMarkdown.js';
import { isRootRelative } from './isRootRelative.js';

/** Renders images with lazy loading and, when the size is known, width and height so the page does not shift as they load. */
export function lazyImages(
  md: MarkdownIt,
  { imageSize, urlFor }: Required<Pick<MarkdownOptions, 'imageSize' | 'urlFor'>>,
): void {
  const renderImage = md.renderer.rules['image'];
  if (renderImage === undefined)
    throw new Error('[zixun] lazyImages: markdown-it has no image rule to wrap');
  md.renderer.rules['image'] = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const src = String(token.attrGet('src') ?? '');
    // markdown-it percent-encodes the src; undo that so `/images/图.png` can be found on disk.
    const size = imageSize(md.normalizeLinkText(src));
    if (size !== undefined) {
      token.attrSet('width', String(size.width));
      token.attrSet('height', String(size.height));
    }
    if (isRootRelative(src)) token.attrSet('src', urlFor(src));
    token.attrSet('loading', 'lazy');
    token.attrSet('decoding', 'async');
    return renderImage(tokens, idx, options, env, self);
  };
}
