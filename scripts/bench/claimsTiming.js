// Times the output-claims check (siteClaims + outputClaims, run by loadSite before any page is
// written) on a synthetic site model: articles with Chinese slugs, 3 keywords each, every list page.
// Usage: npm run build:ts && node --expose-gc scripts/bench/claimsTiming.js [articles …]
import { performance } from 'node:perf_hooks';
import { buildKeywordIndex } from '../../dist/keywords/buildKeywordIndex.js';
import { listPages } from '../../dist/site/listPages.js';
import { outputClaims } from '../../dist/site/outputClaims.js';
import { siteClaims } from '../../dist/site/siteClaims.js';
import { sitemapPaths } from '../../dist/feeds/sitemapPaths.js';

const counts = process.argv.slice(2).map(Number);
const settings = { title: '资讯', timeZone: 'Asia/Shanghai' };
settings.pageSize = { home: 20, keyword: 20, archive: 20 };

for (const count of counts.length > 0 ? counts : [20000]) {
  const articles = Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(2020, 0, 1) + (count - index) * 7_200_000);
    const day = date.toISOString().slice(0, 10).replaceAll('-', '/');
    const keywords = [
      `关键词${index % Math.ceil(count / 8)}`,
      `Kw ${index % 97}`,
      `词${index % 13}`,
    ];
    return {
      inputPath: `content/articles/${index}.md`,
      url: `/${day}/文章-${index}/`,
      date,
      keywords,
    };
  });
  const keywordIndex = buildKeywordIndex(articles.map((a) => ({ ...a, date: a.date.getTime() })));
  const { pages: lists } = listPages(articles, keywordIndex, settings);
  const sitemap = sitemapPaths(articles.length + lists.length + 3, 50_000);
  const runs = [];
  for (let run = 0; run < 5; run++) {
    globalThis.gc?.();
    const started = performance.now();
    const claims = siteClaims({
      articles,
      keywordIndex,
      lists,
      sitemap,
      settingsFile: 'site.json',
    });
    const problems = outputClaims(claims);
    runs.push(performance.now() - started);
    if (problems.length > 0) throw new Error(`unexpected problems: ${problems[0].message}`);
  }
  const claims = articles.length + lists.length + keywordIndex.entries.length;
  console.log(
    `${count} articles (${claims} claims): first run ${runs[0].toFixed(0)} ms, ` +
      `best of 5 ${Math.min(...runs).toFixed(0)} ms`,
  );
}
