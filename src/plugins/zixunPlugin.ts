import { assetsPlugin } from './assetsPlugin.js';
import { contentPlugin } from './contentPlugin.js';
import type { EleventyConfig } from './eleventyConfig.js';
import { feedsPlugin } from './feedsPlugin.js';
import { filtersPlugin } from './filtersPlugin.js';
import { loadAssets } from './loadAssets.js';
import { offlinePlugin } from './offlinePlugin.js';
import { pagesPlugin } from './pagesPlugin.js';
import { searchPlugin } from './searchPlugin.js';

/** Registers every part of Zixun; .eleventy.js adds only this. */
export default function zixunPlugin(eleventyConfig: EleventyConfig): void {
  const assets = loadAssets();
  const pages = pagesPlugin(eleventyConfig, assets);
  contentPlugin(eleventyConfig, (model) => pages.start(model));
  assetsPlugin(eleventyConfig, assets);
  filtersPlugin(eleventyConfig);
  feedsPlugin(eleventyConfig);
  offlinePlugin(eleventyConfig, assets, pages);
  searchPlugin(eleventyConfig, assets);
}
