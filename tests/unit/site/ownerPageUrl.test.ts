import { describe, expect, it } from 'vitest';
import { ownerPageUrl } from '../../../src/site/ownerPageUrl.js';

describe('ownerPageUrl', () => {
  it('makes the URL from the path as Eleventy does', () => {
    expect(ownerPageUrl('about.md', undefined)).toBe('/about/');
    expect(ownerPageUrl('index.njk', undefined)).toBe('/');
    expect(ownerPageUrl('help/index.liquid', undefined)).toBe('/help/');
    expect(ownerPageUrl('help/faq.html', undefined)).toBe('/help/faq/');
  });

  it('takes a plain permalink, as the URL Eleventy gives it', () => {
    expect(ownerPageUrl('special.njk', '/special/')).toBe('/special/');
    expect(ownerPageUrl('special.njk', '/special/index.html')).toBe('/special/');
    expect(ownerPageUrl('special.njk', 'special.html')).toBe('/special.html');
  });

  it('gives up on a permalink only a template engine can compute, or one that is not text', () => {
    expect(ownerPageUrl('a.njk', '/{{ title }}/')).toBeUndefined();
    expect(ownerPageUrl('a.njk', false)).toBeUndefined();
  });
});
