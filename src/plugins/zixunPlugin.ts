import { assetsPlugin } from './assetsPlugin.js';
import { contentPlugin } from './contentPlugin.js';
import type { EleventyConfig } from './eleventyConfig.js';
import { feedsPlugin } from './feedsPlugin.js';
import { filtersPlugin } from './filtersPlugin.js';
import { fixEleventySubPaths } from './fixEleventySubPaths.js';
import { loadAssets } from './loadAssets.js';
import { offlinePlugin } from './offlinePlugin.js';
import { pagesPlugin } from './pagesPlugin.js';
import { searchPlugin } from './searchPlugin.js';
import { searchIndexInThread } from '../search/searchIndexInThread.js';

/** Registers every part of Zixun; .eleventy.js adds only this. */
export default function zixunPlugin(eleventyConfig: EleventyConfig): void {
  fixEleventySubPaths();
  const assets = loadAssets();
  const pages = pagesPlugin(eleventyConfig, assets);
  contentPlugin(eleventyConfig, (model) => {
    pages.start(model);
    // A one-off build indexes on a thread while the pages render; the dev server keeps its
    // in-process index, whose gzip memo makes rebuilds cheap.
    if (process.env.ELEVENTY_RUN_MODE === 'build' && model.articles.length >= 300) {
      return searchIndexInThread(model);
    }
    return undefined;
  });
  assetsPlugin(eleventyConfig, assets);
  filtersPlugin(eleventyConfig);
  feedsPlugin(eleventyConfig);
  offlinePlugin(eleventyConfig, assets, pages);
  searchPlugin(eleventyConfig, assets);
}
