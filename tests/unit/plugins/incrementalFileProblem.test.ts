import { expect, test } from 'vitest';
import { incrementalFileProblem } from '../../../src/plugins/incrementalFileProblem.js';

test('--incremental=<file> on the Eleventy CLI: one line naming the file and what to run instead', () => {
  expect(incrementalFileProblem(['--incremental=content/articles/a.md'], 'cli')).toBe(
    '[zixun] --incremental=content/articles/a.md is not supported: the home, keyword and archive pages, the feeds and the search index all depend on every article, so one file cannot be built alone; run `npx @11ty/eleventy` for a full build, or `npx @11ty/eleventy --serve --incremental` to rewrite only the pages each save changes',
  );
});

test('a bare --incremental, none, or not the Eleventy CLI: no problem', () => {
  expect(incrementalFileProblem(['--serve', '--incremental'], 'cli')).toBe(undefined);
  expect(incrementalFileProblem(['--incremental=a.md', '--no-incremental'], 'cli')).toBe(undefined);
  expect(incrementalFileProblem([], 'cli')).toBe(undefined);
  expect(incrementalFileProblem(['--incremental=a.md'], 'script')).toBe(undefined);
});
