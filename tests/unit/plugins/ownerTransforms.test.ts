import { describe, expect, it } from 'vitest';
import type { EleventyConfig } from '../../../src/plugins/eleventyConfig.js';
import { ownerTransforms } from '../../../src/plugins/ownerTransforms.js';
import type { SiteModel } from '../../../src/site/loadSite.js';

type Hook = (...args: unknown[]) => unknown;

/** Eleventy's config as `eleventy.before` sees it: its default transforms, and what the test adds. */
function fakeConfig(transforms: Record<string, Hook>, htmlPlugins: unknown[] = []) {
  const hooks = new Map<string, Hook>();
  const printed: string[] = [];
  const config = {
    directories: { input: './content/', output: './_site/' },
    logger: { logWithOptions: ({ message }: { message: string }) => printed.push(message) },
    on: (event: string, callback: Hook) => hooks.set(event, callback),
    transforms: {
      '@11ty/eleventy-bundle': (content: string) => content,
      '@11ty/eleventy/html-transformer': (content: string) => content,
      zixunProgress: () => {
        throw new Error('the progress transform must not run on Zixun pages');
      },
      ...transforms,
    },
    linters: {},
    preprocessors: {},
    urlTransforms: [],
    htmlTransformer: { getCallbacks: () => [], getPlugins: () => htmlPlugins },
  } as unknown as EleventyConfig;
  return { config, hooks, printed };
}

const model = {
  settings: { basePath: '/news/' },
  articles: [{ inputPath: 'content/articles/a.md', url: '/2024/05/28/a/' }],
  warnings: [],
} as unknown as SiteModel;

describe('ownerTransforms', () => {
  it('leaves the fast lane alone with only Eleventy and Zixun transforms', async () => {
    const { config, hooks } = fakeConfig({});
    const owner = ownerTransforms(config);
    await hooks.get('eleventy.before')?.();
    expect(owner.forModel(model)).toBe(undefined);
  });

  it('runs an owner transform, after the content map, with the page a virtual list page is', async () => {
    const seen: unknown[] = [];
    const { config, hooks } = fakeConfig({
      mark(this: { inputPath: string; url: string }, content: unknown, outputPath: unknown) {
        seen.push([this.inputPath, this.url, outputPath]);
        return `${String(content)}!`;
      },
    });
    const owner = ownerTransforms(config);
    await hooks.get('eleventy.before')?.();
    const transform = owner.forModel(model);
    expect(transform).toBeTypeOf('function');
    const source = { path: '/tags/ai/2/', input: 'zixun-keyword.11ty.js', virtual: true };
    const result = transform?.('<p>', source, '_site/tags/ai/2/index.html');
    const map: Record<string, string[]> = {};
    await hooks.get('eleventy.contentMap')?.({ inputPathToUrl: map, urlToInputPath: {} });
    expect(await result).toBe('<p>!');
    expect(seen).toEqual([
      ['./content/zixun-keyword.11ty.js', '/news/tags/ai/2/', '_site/tags/ai/2/index.html'],
    ]);
    expect(map).toEqual({ './content/articles/a.md': ['/news/2024/05/28/a/'] });
  });

  it('turns on for a plugin of Eleventy’s HTML transformer alone', async () => {
    const { config, hooks } = fakeConfig({}, [{ name: 'id-attribute' }]);
    const owner = ownerTransforms(config);
    await hooks.get('eleventy.before')?.();
    expect(owner.forModel(model)).toBeTypeOf('function');
  });
});
