import { IANAZone } from 'luxon';
import { z } from 'zod';
import { isSiteLinkUrl } from './isSiteLinkUrl.js';

// The same rule for the header and every footer link, since both are emitted as they are.
const link = z.object({
  title: z.string().min(1),
  url: z.string().refine(isSiteLinkUrl, {
    message:
      'expected an http(s) URL such as "https://example.com/a", a site path such as "/tags/", or a mailto: address',
  }),
});

const bytesExpected = 'expected a whole number of bytes, at least 1 (the default is 8000000, 8 MB)';

const positiveInt = z.number().int().positive();

/** The shape of content/_data/site.json, with defaults so a minimal file still builds a full site. */
export const siteSettingsSchema = z.object({
  title: z.string().min(1),
  description: z.string().default(''),
  language: z.string().default('zh-CN'),
  timeZone: z
    .string()
    .refine((zone) => IANAZone.isValidZone(zone), {
      message: 'expected an IANA time zone such as "Asia/Shanghai"',
    })
    .default('Asia/Shanghai'),
  url: z.string().refine((url) => /^https?:\/\//.test(url) && URL.canParse(url), {
    message: 'expected an absolute http(s) URL such as "https://news.example.com"',
  }),
  basePath: z.string().default('/'),
  nav: z.array(link).default([]),
  disclosure: z
    .object({
      enabled: z.boolean().default(true),
      title: z.string().default('广告声明'),
      text: z.string(),
    })
    .default({
      enabled: true,
      title: '广告声明',
      text: '文内含有的对外跳转链接（包括不限于超链接、二维码、口令等形式），用于传递更多信息，节省甄选时间，结果仅供参考，本站所有文章均包含本声明。',
    }),
  footer: z
    .object({
      groups: z.array(z.object({ title: z.string().min(1), links: z.array(link) })).default([]),
      copyright: z.string().default(''),
    })
    .default({ groups: [], copyright: '' }),
  pageSize: z
    .object({
      home: positiveInt.default(20),
      keyword: positiveInt.default(20),
      archive: positiveInt.default(20),
    })
    .default({ home: 20, keyword: 20, archive: 20 }),
  feed: z
    .object({
      items: positiveInt.default(50),
      content: z.enum(['full', 'summary']).default('full'),
    })
    .default({ items: 50, content: 'full' }),
  relatedCount: z.number().int().min(0).max(20).default(6),
  sitemap: z
    .object({ maxUrlsPerFile: z.number().int().min(1).max(50_000).default(50_000) })
    .default({ maxUrlsPerFile: 50_000 }),
  keywordSlugs: z.record(z.string(), z.string()).default({}),
  content: z
    .object({
      maxArticleBytes: z
        .number({ error: bytesExpected })
        .int({ error: bytesExpected })
        .min(1, { error: bytesExpected })
        .default(8_000_000),
      followExternalLinks: z.boolean({ error: 'expected true or false' }).default(false),
    })
    .default({ maxArticleBytes: 8_000_000, followExternalLinks: false }),
  search: z.object({ body: z.boolean().default(false) }).default({ body: false }),
  offline: z
    .object({
      enabled: z.boolean().default(true),
      precacheArticles: z.number().int().min(0).max(500).default(30),
      maxVisited: z.number().int().min(1).max(2000).default(200),
    })
    .default({ enabled: true, precacheArticles: 30, maxVisited: 200 }),
});

/** Site settings after defaults and environment overrides. */
export type SiteSettings = z.infer<typeof siteSettingsSchema> & {
  /** Build for reading from disk (file://): relative links that name index.html, no service worker. */
  portable: boolean;
};
