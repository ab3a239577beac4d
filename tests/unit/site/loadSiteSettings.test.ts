import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem } from '../../../src/content/contentProblem.js';
import { loadSiteSettings } from '../../../src/site/loadSiteSettings.js';

/** The formatted problems of loading these settings, or [] when they load. */
function problemsOf(settings: Record<string, unknown>): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'zixun-settings-')), 'site.json');
  writeFileSync(file, JSON.stringify({ title: '站', url: 'https://example.com', ...settings }));
  try {
    loadSiteSettings(file, 'content/_data/site.json', {});
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems.map(formatProblem);
  }
}

const expected =
  'expected an http(s) URL such as "https://example.com/a", a site path such as "/tags/", or a mailto: address';

describe('loadSiteSettings: nav and footer links', () => {
  it.each([
    'https://example.com/a?b=1#c',
    'http://example.com',
    '/',
    '/tags/人工智能/',
    '/about/?from=nav#top',
    'mailto:editor@example.com',
  ])('accepts %j', (url) => {
    expect(problemsOf({ nav: [{ title: '链接', url }] })).toEqual([]);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example.com/',
    '/\\evil.example.com/',
    'tags/',
    'https://',
    'ftp://example.com/',
    '/a b/',
  ])('rejects %j', (url) => {
    expect(problemsOf({ nav: [{ title: '链接', url }] })).toEqual([
      `[zixun] content/_data/site.json: nav[0].url: found ${JSON.stringify(url)}; ${expected}`,
    ]);
  });

  it('reports every bad setting in one run, with array positions written as [n]', () => {
    expect(
      problemsOf({
        timeZone: 'Mars/Base',
        nav: [
          { title: '首页', url: '/' },
          { title: '坏', url: 'javascript:alert(1)' },
        ],
        footer: {
          groups: [
            { title: '好', links: [{ title: '姊妹站', url: 'https://sister.example.com/' }] },
            { title: '坏', links: [{ title: '数据', url: 'data:text/html,x' }] },
          ],
        },
        pageSize: { home: 0 },
      }),
    ).toEqual([
      '[zixun] content/_data/site.json: timeZone: found "Mars/Base"; expected an IANA time zone such as "Asia/Shanghai"',
      `[zixun] content/_data/site.json: nav[1].url: found "javascript:alert(1)"; ${expected}`,
      `[zixun] content/_data/site.json: footer.groups[1].links[0].url: found "data:text/html,x"; ${expected}`,
      '[zixun] content/_data/site.json: pageSize.home: found number 0; Too small: expected number to be >0',
    ]);
  });
});
