import { formatProblem } from '../content/contentProblem.js';
import { findContentError } from '../cli/findContentError.js';

/** What to print for an error that stopped a build: Zixun's lines, and whether it is a fault in the code rather than in the content. */
export interface Failure {
  lines: string[];
  internal: boolean;
}

/**
 * The `[zixun]` lines for an error that stopped a build. A content error lists its warnings and
 * problems; an error Zixun raised for the user (its message starts with `[zixun]`) is its message;
 * anything else is a fault in the code: one line, plus the stack only when `debug` is set.
 */
export function failureLines(error: unknown, debug: boolean): Failure {
  const content = findContentError(error);
  if (content) {
    const warnings = content.problems.filter((problem) => problem.severity === 'warning');
    return {
      lines: [...warnings.map(formatProblem), ...content.message.split('\n')],
      internal: false,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  if (message.startsWith('[zixun] ')) return { lines: message.split('\n'), internal: false };
  const name = error instanceof Error ? error.name : 'Error';
  const lines = [`[zixun] the build failed: ${name}: ${message.split('\n')[0] ?? ''}`];
  if (debug && error instanceof Error && error.stack) {
    lines.push(...error.stack.split('\n').map((line) => `[zixun] ${line}`));
  } else {
    lines.push(
      '[zixun] this is not a problem in the content; run again with ZIXUN_DEBUG=1 to see the stack trace',
    );
  }
  return { lines, internal: true };
}
