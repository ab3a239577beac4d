import { formatDate } from '../dates/formatDate.js';
import { isoDate } from '../dates/isoDate.js';
import { relativeDate } from '../dates/relativeDate.js';
import { rfc3339Date } from '../dates/rfc3339Date.js';
import { rfc822Date } from '../dates/rfc822Date.js';
import type { EleventyConfig } from './eleventyConfig.js';

const DEFAULT_ZONE = 'Asia/Shanghai';

/** Offers the date filters to any extra template a site adds, under the same names as the TypeScript functions. */
export function filtersPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addFilter('formatDate', (date: Date, zone: string = DEFAULT_ZONE) =>
    formatDate(date, zone),
  );
  eleventyConfig.addFilter('isoDate', (date: Date, zone: string = DEFAULT_ZONE) =>
    isoDate(date, zone),
  );
  eleventyConfig.addFilter('rfc3339Date', (date: Date, zone: string = DEFAULT_ZONE) =>
    rfc3339Date(date, zone),
  );
  eleventyConfig.addFilter('rfc822Date', (date: Date, zone: string = DEFAULT_ZONE) =>
    rfc822Date(date, zone),
  );
  eleventyConfig.addFilter('relativeDate', (date: Date, zone: string = DEFAULT_ZONE) =>
    relativeDate(date, new Date(), zone),
  );
}
