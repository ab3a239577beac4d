import { cliFlag } from './cliFlag.js';
import type { EleventyConfig } from './eleventyConfig.js';
import { isDryRun } from './isDryRun.js';

/**
 * Asks, at the moment of writing, whether this build writes Zixun's own files (pages, images,
 * search index, service worker): never under `--dryrun`, and not in the first build of a
 * `--watch`/`--serve` started with `--ignore-initial`, whose templates Eleventy does not render.
 */
export function outputWrites(
  eleventyConfig: EleventyConfig,
  argv: readonly string[],
  source: string | undefined,
): () => boolean {
  if (isDryRun(argv, source)) return () => false;
  const on = (name: string) => {
    const value = cliFlag(argv, name);
    return value !== undefined && value !== 'false';
  };
  const skipsInitial = source === 'cli' && on('ignore-initial') && (on('watch') || on('serve'));
  if (!skipsInitial) return () => true;
  let builds = 0;
  eleventyConfig.on('eleventy.before', () => {
    builds += 1;
  });
  return () => builds > 1;
}
