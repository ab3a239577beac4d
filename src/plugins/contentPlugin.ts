import { join } from 'node:path';
import { findArticleFiles } from '../content/findArticleFiles.js';
import { reportProgress } from '../site/buildProgress.js';
import { rememberSiteModel } from '../site/lastSiteModel.js';
import { loadSite, type SiteModel } from '../site/loadSite.js';
import { ReadCache } from '../site/readCache.js';
import { sitePool, workerCount } from '../workers/sitePool.js';
import type { EleventyConfig } from './eleventyConfig.js';

/**
 * Loads, validates and indexes all articles once per build as the global `zixun` data.
 * Articles are read by Zixun rather than as Eleventy templates, so every article is checked
 * before any page is written, dates stay in the site's time zone, and no template engine
 * parses article bodies.
 */
export function contentPlugin(
  eleventyConfig: EleventyConfig,
  onModel: (model: SiteModel) => void | Promise<void>,
): void {
  const inputDir = eleventyConfig.directories.input;
  // Pages come from the plugin's virtual templates; content/ holds content only.
  eleventyConfig.setTemplateFormats(['11ty.js']);
  eleventyConfig.ignores.add(join(inputDir, 'articles/**'));
  // The dev server rebuilds on a saved article; Eleventy's defaults add ~0.4 s to each rebuild:
  // waiting 150 ms for the file to settle, and re-parsing the config's import tree (dist/), which
  // only changes with a restart of `npm start` anyway.
  eleventyConfig.setWatchJavaScriptDependencies(false);
  eleventyConfig.setChokidarConfig({
    awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 },
  });
  eleventyConfig.addWatchTarget(join(inputDir, 'articles/'));
  eleventyConfig.addWatchTarget(join(inputDir, '_data/'));
  // Only the dev server rebuilds in one process; it re-reads just the files that changed.
  const cache = new ReadCache();
  const load = (preview: boolean) =>
    loadSite({ inputDir, preview, onProgress: reportProgress, ...(preview ? { cache } : {}) });
  // A one-off build starts reading now, while Eleventy is still starting up (~0.7 s at 4,000
  // articles); a failure surfaces when Eleventy asks for the data, like any other.
  let early = process.env.ELEVENTY_RUN_MODE === 'build' ? load(false) : undefined;
  early?.catch(() => undefined);
  // The dev server starts its build threads now too, so their module loading overlaps Eleventy's.
  if (!early) sitePool(workerCount(findArticleFiles(join(inputDir, 'articles')).files.length));
  eleventyConfig.addGlobalData('zixun', async () => {
    const runMode = process.env.ELEVENTY_RUN_MODE;
    const pending = early;
    early = undefined;
    const model = await (pending ?? load(runMode === 'serve' || runMode === 'watch'));
    await onModel(model);
    reportProgress('preparing pages');
    return rememberSiteModel(model);
  });
}
