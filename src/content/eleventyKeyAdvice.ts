/**
 * What Zixun does instead of each Eleventy data key an article might carry, for its warning.
 * Articles are not Eleventy templates, so Eleventy never reads their front matter. `date`,
 * `permalink` and `draft` are Zixun fields of their own and are not listed.
 */
export const eleventyKeyAdvice: Readonly<Record<string, string>> = {
  layout: 'articles always use the article layout; remove it',
  tags: 'put keywords in "keywords", e.g. keywords: [人工智能], which make the keyword pages /tags/<keyword>/',
  eleventyExcludeFromCollections:
    'to keep an article off the site, set draft: true; every other article is on the home, keyword and archive pages',
  eleventyComputed: 'nothing is computed for articles; write the value itself, e.g. summary: 一句话摘要',
  pagination: 'an article is one page; list pages are split by "pageSize" in content/_data/site.json',
  eleventyNavigation: 'header links are set by "nav" in content/_data/site.json',
  templateEngineOverride: 'article bodies are always Markdown and never run through a template engine',
  eleventyImport: 'articles read no collections; remove it',
  eleventyDataSchema: 'articles are checked against Zixun’s own front-matter fields; remove it',
  dynamicPermalink: 'permalink is a fixed site path such as /about/ and never runs a template',
  permalinkBypassOutputDir:
    'articles are always written inside the output folder; use permalink: for another URL',
  eleventyAllowMissingExtension: 'permalink must end with "/" or ".html"; remove it',
  page: 'it is data Eleventy supplies to its templates; remove it',
  collections: 'it is data Eleventy supplies to its templates; remove it',
  eleventy: 'it is data Eleventy supplies to its templates; remove it',
  pkg: 'it is data Eleventy supplies to its templates; remove it',
};
