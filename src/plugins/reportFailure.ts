import type { EleventyLogger } from './eleventyConfig.js';
import { failureLines } from './failureLines.js';
import { logLines } from './logLines.js';

/** Prints an error that stopped a build as `[zixun]` lines, once, and marks it as reported for Eleventy. */
export function reportFailure(logger: EleventyLogger, error: unknown): void {
  if (typeof error === 'object' && error !== null && '__errorAlreadyLogged' in error) return;
  const debug = Boolean(process.env.ZIXUN_DEBUG) && process.env.ZIXUN_DEBUG !== '0';
  logLines(logger, failureLines(error, debug), 'error');
  if (typeof error !== 'object' || error === null || !Object.isExtensible(error)) return;
  // The two flags EleventyErrorHandler reads: `once` skips a logged error, `log` hides a stack.
  Object.defineProperty(error, '__errorAlreadyLogged', { value: true });
  Object.defineProperty(error, 'skipOriginalStack', { value: true });
}
