import { formatProblem } from '../content/contentProblem.js';
import { articleGlobsPlugin } from './articleGlobsPlugin.js';
import { assetsPlugin } from './assetsPlugin.js';
import { collectionsPlugin } from './collectionsPlugin.js';
import { contentPlugin } from './contentPlugin.js';
import type { EleventyConfig } from './eleventyConfig.js';
import { feedsPlugin } from './feedsPlugin.js';
import { filtersPlugin } from './filtersPlugin.js';
import { imagesPlugin } from './imagesPlugin.js';
import { fixEleventySubPaths } from './fixEleventySubPaths.js';
import { isDryRun } from './isDryRun.js';
import { loadAssets } from './loadAssets.js';
import { logLines } from './logLines.js';
import { offlinePlugin } from './offlinePlugin.js';
import { outputWrites } from './outputWrites.js';
import { ownerPagesPlugin } from './ownerPagesPlugin.js';
import { pageLayoutPlugin } from './pageLayoutPlugin.js';
import { pagesPlugin } from './pagesPlugin.js';
import { reportingConfig } from './reportingConfig.js';
import { searchPlugin } from './searchPlugin.js';
import { unsupportedModesPlugin } from './unsupportedModesPlugin.js';
import { searchIndexInThread } from '../search/searchIndexInThread.js';

/** Registers every part of Zixun; .eleventy.js adds only this. */
export default function zixunPlugin(eleventyConfig: EleventyConfig): void {
  fixEleventySubPaths();
  const config = reportingConfig(eleventyConfig);
  try {
    register(config, eleventyConfig);
  } catch (error) {
    // Eleventy would print it as a config error with its stack; at the start of the build it is
    // reported like any other failure.
    config.on('eleventy.before', () => {
      throw error;
    });
  }
}

function register(config: EleventyConfig, eleventyConfig: EleventyConfig): void {
  unsupportedModesPlugin(config);
  articleGlobsPlugin(config);
  // `--dryrun`, or a build `--ignore-initial` skips: Eleventy writes nothing, nor do Zixun's writers.
  const argv = process.argv.slice(2);
  const writes = outputWrites(config, argv, process.env.ELEVENTY_SOURCE);
  const assets = loadAssets(isDryRun(argv, process.env.ELEVENTY_SOURCE));
  const pages = pagesPlugin(config, assets, writes);
  const images = imagesPlugin(config, writes, pages);
  const content = contentPlugin(config, (model) => {
    // Once per build (per rebuild in the dev server); the build CLI prints them in its summary.
    const warnings = model.warnings.filter((problem) => problem.severity === 'warning');
    logLines(eleventyConfig.logger, warnings.map(formatProblem), 'warn');
    pages.start(model);
    images.start(model);
    // A one-off build indexes on a thread while the pages render; the dev server keeps its
    // in-process index, whose gzip memo makes rebuilds cheap.
    if (process.env.ELEVENTY_RUN_MODE === 'build' && model.articles.length >= 300) {
      return searchIndexInThread(model);
    }
    return undefined;
  });
  assetsPlugin(config, assets);
  filtersPlugin(config, content.settings);
  feedsPlugin(config);
  offlinePlugin(config, assets, pages, writes);
  searchPlugin(config, assets, writes);
  pageLayoutPlugin(config, assets);
  collectionsPlugin(config, content);
  ownerPagesPlugin(config, content);
}
