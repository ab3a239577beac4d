import { isoDate } from '../dates/isoDate.js';
import { absoluteAsciiUrl } from './absoluteAsciiUrl.js';
import { escapeXml } from './escapeXml.js';
import { sitemapPaths } from './sitemapPaths.js';

// The protocol's limits per file: https://www.sitemaps.org/protocol.html#index
const maxUrls = 50_000;
const maxBytes = 50 * 1024 * 1024;
const maxLocLength = 2_047;
const namespace = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** One page for the sitemap: its absolute URL and when it last changed. */
export interface SitemapUrl {
  loc: string;
  lastmod?: Date;
}

/** Where and how the sitemap files are written. */
export interface SitemapOptions {
  /** Absolute site URL including the base path, e.g. https://news.example.com/news (a trailing slash is fine). */
  siteUrl: string;
  /** Site time zone, e.g. Asia/Shanghai, for lastmod's offset. */
  zone: string;
  /** Default 50,000, the protocol's limit; lower only to test or to keep files small. */
  maxUrlsPerFile?: number;
}

/**
 * Writes `/sitemap.xml`, or, above `maxUrlsPerFile` URLs, `/sitemap.xml` as a sitemap index of
 * `/sitemap-1.xml`, `/sitemap-2.xml`, …; each `path` is relative to the site's base path.
 */
export function sitemapFiles(
  urls: readonly SitemapUrl[],
  options: SitemapOptions,
): { path: string; xml: string }[] {
  const perFile = options.maxUrlsPerFile ?? maxUrls;
  if (!Number.isInteger(perFile) || perFile < 1 || perFile > maxUrls) {
    throw new Error(
      `[zixun] sitemapFiles: maxUrlsPerFile ${perFile} is out of range (expected a whole number from 1 to ${maxUrls}, the protocol's limit)`,
    );
  }
  const entries = urls.map(({ loc, lastmod }) => ({ loc: sitemapLoc(loc), lastmod }));
  const w3cDate = memoizedDate(options.zone);
  const [indexPath = '/sitemap.xml', ...paths] = sitemapPaths(entries.length, perFile);
  if (paths.length === 0) {
    return [checkedFile(indexPath, urlset(entries, w3cDate))];
  }
  const children: { path: string; xml: string }[] = [];
  const index: SitemapUrl[] = [];
  const siteUrl = options.siteUrl.replace(/\/+$/, '');
  for (let start = 0; start < entries.length; start += perFile) {
    const chunk = entries.slice(start, start + perFile);
    const path = paths[children.length] ?? '';
    children.push(checkedFile(path, urlset(chunk, w3cDate)));
    index.push({ loc: sitemapLoc(siteUrl + path), lastmod: newest(chunk) });
  }
  // 50,000 child sitemaps of 50,000 URLs each is 2.5 billion pages, so one index always suffices.
  return [checkedFile(indexPath, sitemapIndex(index, w3cDate)), ...children];
}

function sitemapLoc(loc: string): string {
  const url = absoluteAsciiUrl(loc, 'sitemapFiles: loc');
  if (url.length > maxLocLength) {
    throw new Error(
      `[zixun] sitemapFiles: loc "${url.slice(0, 80)}…" is ${url.length} characters once percent-encoded (the sitemap protocol allows fewer than 2,048; give the page a shorter permalink)`,
    );
  }
  return url;
}

// lastmod is a W3C Datetime (https://www.w3.org/TR/NOTE-datetime), which isoDate writes with the
// zone's offset. isoDate (luxon) is slow per call, and list pages share their newest article's
// date, so each distinct date is formatted once.
function memoizedDate(zone: string): (date: Date) => string {
  const formatted = new Map<number, string>();
  return (date) => {
    let text = formatted.get(date.getTime());
    if (text === undefined) formatted.set(date.getTime(), (text = isoDate(date, zone)));
    return text;
  };
}

function urlset(entries: readonly SitemapUrl[], w3cDate: (date: Date) => string): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<urlset xmlns="${namespace}">`];
  for (const entry of entries) lines.push(`  <url>${locAndLastmod(entry, w3cDate)}</url>`);
  lines.push('</urlset>', '');
  return lines.join('\n');
}

function sitemapIndex(entries: readonly SitemapUrl[], w3cDate: (date: Date) => string): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<sitemapindex xmlns="${namespace}">`];
  for (const entry of entries) lines.push(`  <sitemap>${locAndLastmod(entry, w3cDate)}</sitemap>`);
  lines.push('</sitemapindex>', '');
  return lines.join('\n');
}

function locAndLastmod({ loc, lastmod }: SitemapUrl, w3cDate: (date: Date) => string): string {
  const date = lastmod === undefined ? '' : `<lastmod>${w3cDate(lastmod)}</lastmod>`;
  return `<loc>${escapeXml(loc)}</loc>${date}`;
}

function newest(entries: readonly SitemapUrl[]): Date | undefined {
  let newestDate: Date | undefined;
  for (const { lastmod } of entries) {
    if (lastmod !== undefined && (newestDate === undefined || lastmod > newestDate)) {
      newestDate = lastmod;
    }
  }
  return newestDate;
}

// 50,000 URLs of ordinary length come to about 7 MB, but 50,000 locs near the 2,047-character
// limit would pass 50 MB, so the size is checked rather than assumed. The XML is ASCII: length = bytes.
function checkedFile(path: string, xml: string): { path: string; xml: string } {
  if (xml.length > maxBytes) {
    throw new Error(
      `[zixun] sitemapFiles: ${path} would be ${xml.length} bytes, over the protocol's 50 MB (pass a lower maxUrlsPerFile)`,
    );
  }
  return { path, xml };
}
