/** A fault the build explains in one line (already prefixed with `[zixun]`), never with a stack. */
export class OutputError extends Error {
  override name = 'OutputError';
}
