import type { MarkdownIt } from 'markdown-it';
import type { MarkdownOptions } from './createMarkdown.js';
import { isRootRelative } from './isRootRelative.js';

/** Sends root-relative links through urlFor and marks links that leave the site `rel="noopener noreferrer"`. */
export function siteLinks(
  md: MarkdownIt,
  {
    urlFor,
    siteHost,
  }: Required<Pick<MarkdownOptions, 'urlFor'>> & Pick<MarkdownOptions, 'siteHost'>,
): void {
  const ownHost = siteHost === undefined ? undefined : hostnameOf(siteHost);
  md.renderer.rules['link_open'] = (tokens, idx, options, _env, self) => {
    const token = tokens[idx]!;
    const href = String(token.attrGet('href') ?? '');
    if (isRootRelative(href)) token.attrSet('href', urlFor(href));
    else if (isExternal(href, ownHost)) token.attrSet('rel', 'noopener noreferrer');
    return self.renderToken(tokens, idx, options);
  };
}

// The URL parser lower-cases and punycodes, so `Zixun.CN` or `资讯.中国` compare the way hrefs do.
function hostnameOf(siteHost: string): string {
  if (siteHost.includes('/') || !URL.canParse(`https://${siteHost}`)) {
    throw new Error(
      `[zixun] createMarkdown: siteHost "${siteHost}" is not a hostname (expected something like zixun.cn, without https:// or a path)`,
    );
  }
  return new URL(`https://${siteHost}`).hostname;
}

// Only absolute http(s) and protocol-relative URLs can leave the site; mailto:, #fragments and relative paths stay.
function isExternal(href: string, ownHost: string | undefined): boolean {
  if (!/^(?:https?:)?\/\//i.test(href)) return false;
  return (
    !URL.canParse(href, 'https://base.invalid') ||
    new URL(href, 'https://base.invalid').hostname !== ownHost
  );
}
