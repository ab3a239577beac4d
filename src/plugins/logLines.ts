import type { EleventyLogger } from './eleventyConfig.js';

/**
 * Prints `[zixun]` lines through Eleventy's logger, so they show in every mode, even `--quiet`,
 * and a caller that takes over the logger (the build CLI) takes over these lines too.
 */
export function logLines(
  logger: EleventyLogger,
  lines: readonly string[],
  type: 'warn' | 'error',
): void {
  if (lines.length === 0) return;
  // The logger puts its prefix before every line; ours replaces Eleventy's `[11ty]`.
  const message = lines.map((line) => line.replace(/^\[zixun\] ?/, '')).join('\n');
  logger.logWithOptions({ message, prefix: '[zixun]', type, force: true });
}
