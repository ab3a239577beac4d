import { expect, test } from 'vitest';
import { isDryRun } from '../../../src/plugins/isDryRun.js';

test('--dryrun on the Eleventy CLI', () => {
  expect(isDryRun(['--dryrun'], 'cli')).toBe(true);
  expect(isDryRun(['--quiet', '--dryrun', '--input=content'], 'cli')).toBe(true);
  expect(isDryRun(['--dryrun=true'], 'cli')).toBe(true);
});

test('no dry run', () => {
  expect(isDryRun([], 'cli')).toBe(false);
  expect(isDryRun(['--dryrun=false'], 'cli')).toBe(false);
  expect(isDryRun(['--dryrun', '--no-dryrun'], 'cli')).toBe(false);
  expect(isDryRun(['--', '--dryrun'], 'cli')).toBe(false);
  expect(isDryRun(['--dry'], 'cli')).toBe(false);
});

test('only the Eleventy CLI: another program’s arguments are not Eleventy’s', () => {
  expect(isDryRun(['--dryrun'], 'script')).toBe(false);
  expect(isDryRun(['--dryrun'], undefined)).toBe(false);
});

test('a one-off build with --ignore-initial writes nothing, as Eleventy renders nothing', () => {
  expect(isDryRun(['--ignore-initial'], 'cli')).toBe(true);
  expect(isDryRun(['--incremental', '--ignore-initial'], 'cli')).toBe(true);
  expect(isDryRun(['--ignore-initial=false'], 'cli')).toBe(false);
  expect(isDryRun(['--ignore-initial', '--no-ignore-initial'], 'cli')).toBe(false);
  expect(isDryRun(['--ignore-initial', '--watch'], 'cli')).toBe(false);
  expect(isDryRun(['--serve', '--ignore-initial'], 'cli')).toBe(false);
  expect(isDryRun(['--ignore-initial'], 'script')).toBe(false);
});
