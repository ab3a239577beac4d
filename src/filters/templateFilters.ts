import { formatDate } from '../dates/formatDate.js';
import { isoDate } from '../dates/isoDate.js';
import { relativeDate } from '../dates/relativeDate.js';
import { rfc3339Date } from '../dates/rfc3339Date.js';
import { rfc822Date } from '../dates/rfc822Date.js';
import { describeValue } from '../content/describeValue.js';
import { keywordKey } from '../keywords/keywordKey.js';
import { keywordSlugFor } from '../keywords/keywordSlugFor.js';
import { absoluteUrl } from '../site/absoluteUrl.js';
import type { SiteSettings } from '../site/siteSettings.js';
import { sitePath } from '../site/sitePath.js';
import { markdownReadingMinutes } from '../text/markdownReadingMinutes.js';
import { filterDate } from './filterDate.js';

/** The settings the filters read. */
export type FilterSettings = Pick<SiteSettings, 'timeZone' | 'url' | 'basePath' | 'keywordSlugs'>;

/** A filter as templates call it: any values in, text or a number out. */
export type TemplateFilter = (value: unknown, ...args: unknown[]) => string | number;

/** Every filter, by the name templates call it. */
export type TemplateFilters = Record<
  | 'formatDate'
  | 'isoDate'
  | 'rfc3339Date'
  | 'rfc822Date'
  | 'relativeDate'
  | 'keywordSlug'
  | 'keywordUrl'
  | 'absoluteUrl'
  | 'readingMinutes',
  TemplateFilter
>;

/** The filters an owner's templates use, computed as Zixun's own pages compute the same values for this site. */
export function templateFilters(
  settings: FilterSettings,
  now: () => Date = () => new Date(),
): TemplateFilters {
  // An explicit zone argument wins over the site's.
  const zoneOf = (zone: unknown, filter: string): string => {
    if (zone === undefined || zone === null) return settings.timeZone;
    if (typeof zone === 'string') return zone;
    throw new Error(
      `[zixun] ${filter}: the zone argument is ${describeValue(zone)}; expected an IANA time zone such as "Asia/Shanghai", or none for the site's`,
    );
  };
  const dateFilter =
    (name: string, format: (date: Date, zone: string) => string): TemplateFilter =>
    (value, zone) => {
      const z = zoneOf(zone, name);
      return format(filterDate(value, z, name), z);
    };
  const slugOf = keywordSlugFor(settings.keywordSlugs);
  const keyword = (value: unknown, filter: string): string => {
    if (typeof value === 'string' && keywordKey(value) !== '') return slugOf(value);
    throw new Error(
      `[zixun] ${filter}: found ${describeValue(value)}; expected a keyword such as "人工智能"`,
    );
  };
  return {
    formatDate: dateFilter('formatDate', formatDate),
    isoDate: dateFilter('isoDate', (date, zone) => isoDate(date, zone)),
    rfc3339Date: dateFilter('rfc3339Date', rfc3339Date),
    rfc822Date: dateFilter('rfc822Date', rfc822Date),
    relativeDate: dateFilter('relativeDate', (date, zone) => relativeDate(date, now(), zone)),
    keywordSlug: (value) => keyword(value, 'keywordSlug'),
    keywordUrl: (value) => sitePath(settings.basePath, `/tags/${keyword(value, 'keywordUrl')}/`),
    absoluteUrl: (value) => {
      if (typeof value === 'string' && /^https?:\/\//i.test(value)) return value;
      if (typeof value === 'string' && value.startsWith('/')) {
        return absoluteUrl(settings.url, settings.basePath, value);
      }
      throw new Error(
        `[zixun] absoluteUrl: found ${describeValue(value)}; expected a site path such as "/tags/" or an http(s) URL`,
      );
    },
    readingMinutes: (value) => {
      if (typeof value === 'string') return markdownReadingMinutes(value);
      throw new Error(
        `[zixun] readingMinutes: found ${describeValue(value)}; expected markdown or plain text`,
      );
    },
  };
}
