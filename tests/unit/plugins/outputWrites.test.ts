import { expect, test } from 'vitest';
import type { EleventyConfig } from '../../../src/plugins/eleventyConfig.js';
import { outputWrites } from '../../../src/plugins/outputWrites.js';

/** A config whose `eleventy.before` listeners the test fires, as Eleventy does at each build. */
function fakeConfig() {
  const before: (() => void)[] = [];
  const config = {
    on: (event: string, listener: () => void) => {
      if (event === 'eleventy.before') before.push(listener);
    },
  } as unknown as EleventyConfig;
  return { config, build: () => before.forEach((listener) => listener()) };
}

test('every build writes, by default', () => {
  const { config, build } = fakeConfig();
  const writes = outputWrites(config, ['--serve'], 'cli');
  build();
  expect(writes()).toBe(true);
  build();
  expect(writes()).toBe(true);
});

test('--dryrun never writes', () => {
  const { config, build } = fakeConfig();
  const writes = outputWrites(config, ['--dryrun'], 'cli');
  build();
  expect(writes()).toBe(false);
});

test.each([['--watch'], ['--serve']])(
  '%s --ignore-initial writes from the second build on',
  (mode) => {
    const { config, build } = fakeConfig();
    const writes = outputWrites(config, [mode, '--ignore-initial'], 'cli');
    build();
    expect(writes()).toBe(false);
    build();
    expect(writes()).toBe(true);
  },
);

test('a one-off --ignore-initial writes nothing, and another program’s flags are not Eleventy’s', () => {
  const oneOff = fakeConfig();
  const writes = outputWrites(oneOff.config, ['--ignore-initial'], 'cli');
  oneOff.build();
  oneOff.build();
  expect(writes()).toBe(false);
  const script = fakeConfig();
  const scriptWrites = outputWrites(script.config, ['--watch', '--ignore-initial'], 'script');
  script.build();
  expect(scriptWrites()).toBe(true);
});
