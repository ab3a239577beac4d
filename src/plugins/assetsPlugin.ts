import type { EleventyConfig } from './eleventyConfig.js';
import type { Assets } from './loadAssets.js';

/** Writes the fingerprinted CSS and JS through Eleventy, so they land in the same atomic output. */
export function assetsPlugin(eleventyConfig: EleventyConfig, assets: Assets): void {
  assets.files.forEach((asset, index) => {
    eleventyConfig.addTemplate(`zixun-asset-${index}.11ty.js`, () => asset.content, {
      permalink: asset.path,
      eleventyExcludeFromCollections: true,
    });
  });
}
