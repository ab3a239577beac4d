import type { OutputClaim } from './outputClaims.js';

/** The output files of the owner's pages: one claim per URL Eleventy gives each page. */
export function ownerPageClaims(pages: ReadonlyMap<string, readonly unknown[]>): OutputClaim[] {
  const claims: OutputClaim[] = [];
  for (const [file, urls] of pages) {
    for (const url of urls) {
      // `permalink: false` writes nothing.
      if (typeof url !== 'string') continue;
      claims.push({ path: url, source: file, kind: 'content', blame: permalink });
    }
  }
  return claims;
}

const permalink = {
  field: 'permalink',
  expected:
    'a URL no article, other page or file of the site uses (set a different permalink in its front matter)',
};
