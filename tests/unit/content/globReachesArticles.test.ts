import { describe, expect, it } from 'vitest';
import { globReachesArticles } from '../../../src/content/globReachesArticles.js';

const cwd = '/srv/site';
const reaches = (glob: string | string[], input = 'content') =>
  globReachesArticles(glob, input, cwd);

describe('globReachesArticles', () => {
  it('globs that name article files', () => {
    expect(reaches('content/articles/**/*.md')).toBe(true);
    expect(reaches('./content/articles/**/*.md')).toBe(true);
    expect(reaches('content/articles/*.md')).toBe(true);
    expect(reaches('content/**/*.md')).toBe(true);
    expect(reaches('**/*.md')).toBe(true);
    expect(reaches('content/Articles/**')).toBe(true);
    expect(reaches('content/articles/2023/*.md')).toBe(true);
    expect(reaches(['content/pages/*.njk', 'content/articles/**'])).toBe(true);
  });

  it('an input folder given with ./ or as an absolute path', () => {
    expect(reaches('content/articles/**/*.md', './content/')).toBe(true);
    expect(reaches('/srv/site/content/articles/**/*.md', '/srv/site/content')).toBe(true);
    expect(reaches('../other/articles/**/*.md', '../other')).toBe(true);
  });

  it('globs that reach no article', () => {
    expect(reaches('content/pages/*.njk')).toBe(false);
    expect(reaches('**/*.njk')).toBe(false);
    expect(reaches('content/articles-old/**/*.md')).toBe(false);
    expect(reaches('content/articles/**/*.njk')).toBe(false);
    expect(reaches('other/articles/**/*.md')).toBe(false);
    expect(reaches('content/articles')).toBe(false);
    expect(reaches([])).toBe(false);
  });
});
