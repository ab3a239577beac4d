import type { EleventyLogger } from './eleventyConfig.js';

/** Prints `[zixun]` lines through Eleventy's logger, even in `--quiet` mode. */
export function logLines(
  logger: EleventyLogger,
  lines: readonly string[],
  type: 'warn' | 'error',
): void {
  if (lines.length === 0) return;
  // Eleventy's logger rather than the console: a caller that takes it over (the build CLI, which
  // prints its own summary) takes over these lines too.
  // The logger puts its prefix before every line; ours replaces Eleventy's `[11ty]`.
  const message = lines.map((line) => line.replace(/^\[zixun\] ?/, '')).join('\n');
  logger.logWithOptions({ message, prefix: '[zixun]', type, force: true });
}
