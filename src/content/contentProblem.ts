/** One problem found in an editor's content, reported with every other problem of the same run. */
export interface ContentProblem {
  /** Path of the offending file relative to the project root, with forward slashes. */
  file: string;
  /** Front-matter field (or `body`, `front matter`), when the problem belongs to one. */
  field?: string;
  /** What was found and what is expected, in one sentence. */
  message: string;
  /** Warnings are reported but do not fail the build. */
  severity: 'error' | 'warning';
}

/** Formats a problem the way every Zixun message reads: prefix, file, field, what to do. */
export function formatProblem(problem: ContentProblem): string {
  const field = problem.field ? ` ${problem.field}:` : '';
  const label = problem.severity === 'warning' ? 'warning: ' : '';
  return `[zixun] ${label}${problem.file}:${field} ${problem.message}`;
}

/** Thrown once, after validation, with every error of the run, so editors fix them all at once. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    const errors = problems.filter((problem) => problem.severity === 'error');
    super(
      `[zixun] the build stopped: ${errors.length} problem${errors.length === 1 ? '' : 's'} in the content\n` +
        errors.map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
