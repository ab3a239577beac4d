import { expect, test } from 'vitest';
import { pluginWarnings } from '../../../src/cli/pluginWarnings.js';

const listed = '[zixun] warning: content/articles/a.md: tags: is an Eleventy setting';
const collection =
  '[zixun] warning: addCollection("posts"): getFilteredByGlob("x") finds no articles';

test('warning lines from the logger that the summary has not listed, once each', () => {
  expect(
    pluginWarnings(
      [`${listed}\n${collection}`, `\u001b[90m[zixun]\u001b[39m warning: b`, collection],
      [listed],
    ),
  ).toEqual([collection, '[zixun] warning: b']);
});

test('errors and Eleventy’s own lines are not warnings', () => {
  expect(
    pluginWarnings(['[zixun] the build failed: x', '[11ty] warning: y', '[zixun] warn: z'], []),
  ).toEqual([]);
});
