import {
  templateFilters,
  type FilterSettings,
  type TemplateFilters,
} from '../filters/templateFilters.js';
import type { EleventyConfig } from './eleventyConfig.js';

/** What Eleventy binds `this` to in a filter call, as far as read here. */
interface FilterThis {
  page?: { inputPath?: string };
}

/**
 * Registers the template filters (src/filters/templateFilters.ts) for Nunjucks, Liquid and
 * 11ty.js templates. `settings` gives the current build's site settings, so a filter shows dates
 * in the site's zone and builds URLs under its base path, as the pages do.
 */
export function filtersPlugin(
  eleventyConfig: EleventyConfig,
  settings: () => FilterSettings,
): void {
  // Made again only when the settings change (a dev-server rebuild after site.json was saved).
  let made: { from: FilterSettings; filters: TemplateFilters } | undefined;
  const filters = (): TemplateFilters => {
    const current = settings();
    if (made?.from !== current) made = { from: current, filters: templateFilters(current) };
    return made.filters;
  };
  const names = Object.keys(templateFilters(defaults)) as (keyof TemplateFilters)[];
  for (const name of names) {
    eleventyConfig.addFilter(name, function (this: FilterThis, value: unknown, ...args: unknown[]) {
      try {
        return filters()[name](value, ...args);
      } catch (error) {
        // Said the Zixun way, naming the template that called the filter.
        const message = error instanceof Error ? error.message : String(error);
        const where = this?.page?.inputPath?.replace(/^\.\//, '') ?? 'a template';
        throw new Error(message.replace(/^\[zixun\] /, `[zixun] ${where}: `), { cause: error });
      }
    });
  }
}

// Only to list the filter names; no filter runs with these.
const defaults: FilterSettings = {
  timeZone: 'UTC',
  url: 'https://example.com',
  basePath: '/',
  keywordSlugs: {},
};
