import { ContentError } from '../content/contentProblem.js';

/** Eleventy wraps errors thrown while loading data; this digs out ours so editors see a clean message, not a stack. */
export function findContentError(error: unknown): ContentError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 10 && current; depth++) {
    if (current instanceof ContentError) return current;
    if (current instanceof Error && current.name === 'ContentError' && 'problems' in current) {
      return current as ContentError;
    }
    const next = current as { originalError?: unknown; cause?: unknown };
    current = next.originalError ?? next.cause;
  }
  return undefined;
}
