import { cliFlag } from './cliFlag.js';

/** The `[zixun]` line for the Eleventy CLI's `--incremental=<file>` (a build of that one file), which Zixun cannot do; undefined otherwise. */
export function incrementalFileProblem(
  argv: readonly string[],
  source: string | undefined,
): string | undefined {
  if (source !== 'cli') return undefined;
  const file = cliFlag(argv, 'incremental');
  // A bare --incremental is Eleventy's partial rebuilds in --watch and --serve, which Zixun does.
  if (file === undefined || file === '' || file === 'false') return undefined;
  return (
    `[zixun] --incremental=${file} is not supported: the home, keyword and archive pages, the feeds and the search index all depend on every article, so one file cannot be built alone; ` +
    'run `npx @11ty/eleventy` for a full build, or `npx @11ty/eleventy --serve --incremental` to rewrite only the pages each save changes'
  );
}
