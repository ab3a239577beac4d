import { describe, expect, it } from 'vitest';
import { searchedPageProblems } from '../../../src/site/searchedPageProblems.js';

const page = { inputPath: 'content/a.njk', url: '/a/', title: 'A', summary: '', keywords: [] };

describe('searchedPageProblems', () => {
  it('accepts a page Eleventy builds at the indexed URL', () => {
    expect(searchedPageProblems([page], new Map([['content/a.njk', ['/a/']]]))).toEqual([]);
  });

  it('reports a page built elsewhere, or not at all', () => {
    expect(searchedPageProblems([page], new Map([['content/a.njk', ['/b/']]]))).toEqual([
      {
        file: 'content/a.njk',
        field: 'search',
        message:
          "true indexes the page as /a/, but Eleventy builds it at /b/; expected the URL set in the page's own front matter (permalink: /b/)",
        severity: 'error',
      },
    ]);
    expect(searchedPageProblems([page], new Map())).toEqual([
      {
        file: 'content/a.njk',
        field: 'search',
        message:
          'true indexes the page as /a/, but Eleventy does not build it; expected a page Eleventy builds, or no search: true',
        severity: 'error',
      },
    ]);
  });
});
