import type { Article } from '../content/article.js';
import { keywordFeedPath } from '../feeds/keywordFeed.js';
import type { KeywordEntry, KeywordIndex } from '../keywords/buildKeywordIndex.js';
import type { ListPage } from './listPages.js';
import type { OutputClaim } from './outputClaims.js';
import { siteFiles } from './siteFiles.js';

/** What the site model holds that decides output paths. */
export interface ClaimSources {
  articles: readonly Pick<Article, 'url' | 'inputPath'>[];
  keywordIndex: Pick<KeywordIndex, 'entries' | 'bySlug'>;
  lists: readonly ListPage[];
  /** Site paths of the sitemap files. */
  sitemap: readonly string[];
  /** The settings file as messages show it, where keyword slugs are pinned. */
  settingsFile: string;
}

/** Every file a build writes, in the order outputClaims reads them: the site's own, then content. */
export function siteClaims(sources: ClaimSources): OutputClaim[] {
  const { articles, keywordIndex, lists, settingsFile } = sources;
  const claims: OutputClaim[] = [...siteFiles];
  sources.sitemap.forEach((path, index) =>
    claims.push({
      path,
      source: index === 0 ? 'the sitemap' : `part ${index} of the sitemap`,
      kind: 'site',
    }),
  );
  // A keyword that lost its slug to another is reported by buildKeywordIndex; claiming its pages
  // again would report the same clash twice.
  const owns = (entry: KeywordEntry) => keywordIndex.bySlug.get(entry.slug) === entry;
  // One blame per keyword and one for every article: a clash is rare, a page is not.
  const blames = new Map<KeywordEntry, NonNullable<OutputClaim['blame']>>();
  const keywordBlame = (entry: KeywordEntry) => {
    let blame = blames.get(entry);
    if (!blame) {
      blame = {
        file: articles[entry.articles[0] ?? 0]?.inputPath ?? settingsFile,
        field: 'keywords',
        what: `"${entry.name}" gets the page /tags/${entry.slug}/, which`,
        expected: `a keyword page no other page or file uses (pin "${entry.name}" to another slug under "keywordSlugs" in ${settingsFile})`,
      };
      blames.set(entry, blame);
    }
    return blame;
  };
  for (const page of lists) {
    const { keyword } = page;
    if (keyword && !owns(keyword)) continue;
    claims.push({
      path: page.path,
      source: listSource(page),
      kind: 'site',
      ...(keyword ? { blame: keywordBlame(keyword) } : {}),
    });
  }
  for (const entry of keywordIndex.entries) {
    if (!owns(entry)) continue;
    claims.push({
      path: keywordFeedPath(entry),
      source: `the feed of the keyword "${entry.name}"`,
      kind: 'site',
      blame: keywordBlame(entry),
    });
  }
  for (const article of articles) {
    claims.push({
      path: article.url,
      source: article.inputPath,
      kind: 'content',
      blame: permalink,
    });
  }
  return claims;
}

const permalink = {
  field: 'permalink',
  expected: 'a URL no other page or file uses (set a different permalink)',
};

function listSource(page: ListPage): string {
  if (page.kind === 'home') {
    return page.pageNumber === 1 ? 'the home page' : `page ${page.pageNumber} of the home list`;
  }
  const list =
    page.kind === 'keyword' ? `the keyword page "${page.title}"` : `the archive of ${page.title}`;
  return page.pageNumber === 1 ? list : `page ${page.pageNumber} of ${list}`;
}
