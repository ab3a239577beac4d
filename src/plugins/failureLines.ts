import { formatProblem } from '../content/contentProblem.js';
import { findContentError } from '../cli/findContentError.js';

/** The `[zixun]` lines for an error that stopped a build; the stack only when `debug` is set. */
export function failureLines(error: unknown, debug: boolean): string[] {
  // A content error: its warnings, then every problem, each naming file, field and what to do.
  const content = findContentError(error);
  if (content) {
    const warnings = content.problems.filter((problem) => problem.severity === 'warning');
    return [...warnings.map(formatProblem), ...content.message.split('\n')];
  }
  // An error Zixun wrote for the user, such as a bad ZIXUN_WORKERS: its message is the whole story.
  const message = error instanceof Error ? error.message : String(error);
  if (message.startsWith('[zixun] ')) return message.split('\n');
  // Anything else is a fault in the code or the machine: one line, which editors cannot act on.
  const name = error instanceof Error ? error.name : 'Error';
  const lines = [`[zixun] the build failed: ${name}: ${message.split('\n')[0] ?? ''}`];
  if (debug && error instanceof Error && error.stack) {
    lines.push(...error.stack.split('\n').map((line) => `[zixun] ${line}`));
  } else {
    lines.push(
      '[zixun] this is not a problem in the content; run again with ZIXUN_DEBUG=1 to see the stack trace',
    );
  }
  return lines;
}
