import { globReachesArticles } from '../content/globReachesArticles.js';
import type { CollectionApi, EleventyConfig } from './eleventyConfig.js';
import { logLines } from './logLines.js';

type Collection = (this: unknown, api: CollectionApi) => unknown;

/** Warns, once, when an owner's collection globs the articles folder: articles are not Eleventy templates, so no Eleventy collection holds them. */
export function articleGlobsPlugin(eleventyConfig: EleventyConfig): void {
  const wrapped = new WeakSet<Collection>();
  let warned = false;
  const warn = (name: string, globs: unknown): void => {
    if (warned) return;
    warned = true;
    logLines(
      eleventyConfig.logger,
      [
        `[zixun] warning: addCollection("${name}"): getFilteredByGlob(${JSON.stringify(globs)}) finds no articles: articles are read by Zixun, not by Eleventy, so no Eleventy collection (not collections.all either) holds them; use collections.articles, which lists every published article`,
      ],
      'warn',
    );
  };
  // At each build, so collections added after this plugin, or by other plugins, are covered too.
  eleventyConfig.on('eleventy.before', () => {
    const collections = eleventyConfig.getCollections() as Record<string, Collection>;
    for (const [name, collection] of Object.entries(collections)) {
      if (wrapped.has(collection)) continue;
      const watched: Collection = function (this: unknown, api) {
        return collection.call(
          this,
          watchGlobs(api, (globs) => warn(name, globs)),
        );
      };
      wrapped.add(watched);
      collections[name] = watched;
    }
  });

  function watchGlobs(api: CollectionApi, onArticles: (globs: unknown) => void): CollectionApi {
    const { input } = eleventyConfig.directories;
    return new Proxy(api, {
      get(target, key) {
        const value: unknown = Reflect.get(target, key, target);
        if (typeof value !== 'function') return value;
        if (key !== 'getFilteredByGlob') return value.bind(target) as unknown;
        return (globs: string | string[]) => {
          if (globReachesArticles(globs, input, process.cwd())) onArticles(globs);
          return (value as (globs: string | string[]) => unknown).call(target, globs);
        };
      },
    });
  }
}
