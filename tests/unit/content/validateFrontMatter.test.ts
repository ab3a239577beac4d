import { describe, expect, it } from 'vitest';
import { eleventyKeyAdvice } from '../../../src/content/eleventyKeyAdvice.js';
import { knownFields } from '../../../src/content/frontMatterSchema.js';
import { validateFrontMatter } from '../../../src/content/validateFrontMatter.js';

const file = 'content/articles/a.md';
const base = { title: '甲', date: '2024-05-28' };
const warnings = (extra: Record<string, unknown>) =>
  validateFrontMatter({ ...base, ...extra }, file, 'Asia/Shanghai').problems.map(
    ({ field, message, severity }) => ({ field, message, severity }),
  );
const eleventy = 'is an Eleventy setting, which articles ignore (they are not Eleventy templates): ';

describe('validateFrontMatter: Eleventy keys in an article', () => {
  it('layout: says articles always use the article layout', () => {
    expect(warnings({ layout: 'post.njk' })).toEqual([
      {
        field: 'layout',
        message: `${eleventy}articles always use the article layout; remove it`,
        severity: 'warning',
      },
    ]);
  });

  it('tags: points at keywords and the keyword pages', () => {
    expect(warnings({ tags: ['AI'] })).toEqual([
      {
        field: 'tags',
        message: `${eleventy}put keywords in "keywords", e.g. keywords: [人工智能], which make the keyword pages /tags/<keyword>/`,
        severity: 'warning',
      },
    ]);
  });

  it('eleventyExcludeFromCollections: points at draft: true', () => {
    expect(warnings({ eleventyExcludeFromCollections: true })).toEqual([
      {
        field: 'eleventyExcludeFromCollections',
        message: `${eleventy}to keep an article off the site, set draft: true; every other article is on the home, keyword and archive pages`,
        severity: 'warning',
      },
    ]);
  });

  it('every key with advice gets it, in the order written, and the article is still valid', () => {
    const keys = Object.keys(eleventyKeyAdvice);
    const result = validateFrontMatter(
      { ...base, ...Object.fromEntries(keys.map((key) => [key, 1])) },
      file,
      'Asia/Shanghai',
    );
    expect(result.value?.title).toBe('甲');
    expect(result.problems.map((problem) => problem.field)).toEqual(keys);
    expect(result.problems.map((problem) => problem.message)).toEqual(
      keys.map((key) => `${eleventy}${eleventyKeyAdvice[key] ?? ''}`),
    );
  });

  it('Zixun’s own date, permalink and draft are fields, not Eleventy keys', () => {
    for (const field of ['date', 'permalink', 'draft']) {
      expect(knownFields).toContain(field);
      expect(Object.hasOwn(eleventyKeyAdvice, field)).toBe(false);
    }
    expect(warnings({ permalink: '/about/', draft: true })).toEqual([]);
  });

  it('any other unknown key: the generic warning listing the known fields', () => {
    expect(warnings({ auther: '林远' })).toEqual([
      {
        field: 'auther',
        message: `is not a known field and is ignored (known fields: ${knownFields.join(', ')})`,
        severity: 'warning',
      },
    ]);
  });

  it('a key named like an Object method is an unknown key, not advice', () => {
    expect(warnings({ constructor: 1 })[0]?.message).toBe(
      `is not a known field and is ignored (known fields: ${knownFields.join(', ')})`,
    );
  });
});
