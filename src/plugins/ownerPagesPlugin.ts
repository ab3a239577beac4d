import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../content/contentProblem.js';
import { displayPath } from '../site/displayPath.js';
import { outputClaims } from '../site/outputClaims.js';
import { ownerPageClaims } from '../site/ownerPageClaims.js';
import { searchedPageProblems } from '../site/searchedPageProblems.js';
import { siteClaims } from '../site/siteClaims.js';
import type { SiteContent } from './contentPlugin.js';
import type { EleventyConfig } from './eleventyConfig.js';

/** The part of Eleventy's `eleventy.contentMap` event argument used here. */
interface ContentMap {
  inputPathToUrl: Record<string, unknown[]>;
}

/**
 * Checks the owner's pages against every file Zixun writes before Eleventy renders them: an
 * article, a keyword page or a feed at a page's URL is a `[zixun]` error naming both files.
 * Eleventy's own duplicate check cannot see the pages Zixun writes. A page indexed for search
 * must be where Eleventy puts it.
 */
export function ownerPagesPlugin(eleventyConfig: EleventyConfig, content: SiteContent): void {
  eleventyConfig.on('eleventy.contentMap', (map: ContentMap) => {
    const model = content.model();
    if (!model) return;
    const cwd = process.cwd();
    const pages = new Map<string, unknown[]>();
    // The map also lists the articles (src/plugins/ownerTransforms.ts adds them for InputPathToUrl).
    const articles = new Set(model.articles.map((article) => article.inputPath));
    for (const [inputPath, urls] of Object.entries(map.inputPathToUrl)) {
      const page = displayPath(inputPath, cwd);
      // Zixun's own templates are virtual: only the owner's exist as files.
      if (existsSync(inputPath) && !articles.has(page)) pages.set(page, urls);
    }
    if (pages.size === 0 && !model.pages?.length) return;
    const started = performance.now();
    const settingsFile = join(eleventyConfig.directories.input, '_data', 'site.json');
    const claims = siteClaims({
      articles: model.articles,
      keywordIndex: model.keywordIndex,
      lists: model.lists,
      sitemap: model.sitemap.map((file) => file.path),
      settingsFile: displayPath(settingsFile, cwd),
    });
    const problems = outputClaims([...claims, ...ownerPageClaims(pages)]);
    problems.push(...searchedPageProblems(model.pages ?? [], pages));
    // The build report shows it with the claims loadSite checked.
    model.timings.claims = (model.timings.claims ?? 0) + performance.now() - started;
    if (problems.length > 0) throw new ContentError(problems);
  });
}
