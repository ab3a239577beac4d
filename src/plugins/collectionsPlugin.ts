import { articleCollection } from '../site/articleCollection.js';
import type { SiteContent } from './contentPlugin.js';
import type { EleventyConfig } from './eleventyConfig.js';

/**
 * Registers `collections.articles` for owners' templates: every published article, newest first,
 * from the site model (articles are not Eleventy templates, so `collections.all` lacks them).
 */
export function collectionsPlugin(eleventyConfig: EleventyConfig, content: SiteContent): void {
  eleventyConfig.addCollection('articles', () => {
    const model = content.model();
    // Eleventy computes the global data, and so the model, before any collection.
    if (!model) throw new Error('[zixun] collections.articles: the site model is not loaded yet');
    return articleCollection(model);
  });
}
