import { describe, expect, it } from 'vitest';
import { ownerHookProblems } from '../../../src/plugins/ownerHookProblems.js';

const hooks = { transforms: [{ name: 't', callback: (content: string) => content }], linters: [] };

describe('ownerHookProblems', () => {
  it('finds nothing in a config with no hooks that miss articles', () => {
    expect(
      ownerHookProblems({ preprocessors: {}, urlTransforms: [], pathPrefix: '/' }, hooks),
    ).toEqual([]);
  });

  it('warns of a preprocessor for md files, in any of the forms Eleventy accepts', () => {
    for (const filter of ['md', 'njk,md', '.md', '*', ['html', 'md']]) {
      const problems = ownerHookProblems({ preprocessors: { drafts: { filter } } }, undefined);
      expect(problems.map((problem) => `${problem.severity} ${problem.field}`)).toEqual([
        'warning preprocessor "drafts"',
      ]);
    }
    expect(ownerHookProblems({ preprocessors: { njk: { filter: 'njk' } } }, undefined)).toEqual([]);
  });

  it('warns of URL transforms, which cannot move Zixun pages', () => {
    const [problem] = ownerHookProblems({ urlTransforms: [() => '/x/'] }, undefined);
    expect(problem?.field).toBe('addUrlTransform');
    expect(problem?.message).toMatch(/^found 1 URL transform\(s\), which do not change the URLs/);
  });

  it('stops HtmlBasePlugin with a path prefix, which Zixun already adds', () => {
    const config = {
      pathPrefix: '/news/',
      hasPlugin: (name: string) => name === '@11ty/eleventy/html-base-plugin',
    };
    expect(ownerHookProblems(config, hooks)).toEqual([
      {
        file: '.eleventy.js',
        field: 'HtmlBasePlugin',
        message:
          'found the path prefix "/news/", which Zixun already puts in front of every link it writes, so HtmlBasePlugin would add it twice; expected HtmlBasePlugin without a path prefix (set "basePath" in site.json or --pathprefix alone)',
        severity: 'error',
      },
    ]);
    expect(ownerHookProblems({ ...config, pathPrefix: '/' }, hooks)).toEqual([]);
    expect(ownerHookProblems({ ...config, hasPlugin: () => false }, hooks)).toEqual([]);
  });
});
