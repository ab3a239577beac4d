import { expect, test } from 'vitest';
import { ContentError } from '../../../src/content/contentProblem.js';
import type { SiteSettings } from '../../../src/site/siteSettings.js';
import { withPathPrefix } from '../../../src/site/withPathPrefix.js';

const settings = (basePath: string) => ({ basePath, url: 'https://a.example.com' }) as SiteSettings;
const file = 'content/_data/site.json';

test('no prefix, or "/", leaves the settings as they are', () => {
  const root = settings('/');
  expect(withPathPrefix(root, undefined, file)).toBe(root);
  expect(withPathPrefix(root, '/', file)).toBe(root);
  expect(withPathPrefix(root, '', file)).toBe(root);
});

test('a prefix becomes the base path, in its normal form', () => {
  expect(withPathPrefix(settings('/'), '/news/', file).basePath).toBe('/news/');
  expect(withPathPrefix(settings('/'), 'news', file).basePath).toBe('/news/');
});

test('the same sub-path in both is fine', () => {
  expect(withPathPrefix(settings('/news/'), 'news/', file).basePath).toBe('/news/');
});

test('two different sub-paths: an error naming both', () => {
  let error: unknown;
  try {
    withPathPrefix(settings('/other/'), '/news/', file);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ContentError);
  expect((error as ContentError).message.split('\n')).toEqual([
    '[zixun] the build stopped: 1 problem in the content',
    '[zixun] content/_data/site.json: basePath: found "/other/" (from site.json, its url or ZIXUN_BASE_PATH), but Eleventy\'s --pathprefix is "/news/"; expected one sub-path: the same in both, or only one of them set',
  ]);
});
