/** A file-system error found anywhere in an error's chain (Eleventy wraps them), if there is one. */
export function findSystemError(error: unknown): NodeJS.ErrnoException | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 10 && current; depth++) {
    const candidate = current as NodeJS.ErrnoException & { originalError?: unknown };
    if (typeof candidate.code === 'string' && typeof candidate.syscall === 'string') {
      return candidate;
    }
    current = candidate.originalError ?? candidate.cause;
  }
  return undefined;
}
