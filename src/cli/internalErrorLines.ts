/** The lines an internal (non-content) error prints: one `[zixun]` line, or the stack with ZIXUN_DEBUG=1. */
export function internalErrorLines(
  error: unknown,
  debug = Boolean(process.env.ZIXUN_DEBUG),
): string[] {
  const outer = firstLine(error);
  let deepest: unknown = error;
  let ours: Error | undefined;
  for (let depth = 0; depth < 10; depth++) {
    if (deepest instanceof Error && deepest.message.startsWith('[zixun] ')) ours ??= deepest;
    const next = deepest as { originalError?: unknown; cause?: unknown } | undefined;
    const inner = next?.originalError ?? next?.cause;
    if (!inner) break;
    deepest = inner;
  }
  // An error Zixun wrote for the user (a failing transform, say) is the whole story, as in failureLines.
  if (!debug && ours) return ours.message.split('\n');
  const inner = firstLine(deepest);
  const what = inner === outer ? outer : `${outer}: ${inner}`;
  if (debug) {
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    const innerStack =
      deepest !== error && deepest instanceof Error ? `\ncaused by: ${deepest.stack ?? ''}` : '';
    return [`[zixun] the build failed: ${what}`, stack + innerStack];
  }
  return [`[zixun] the build failed: ${what}; run with ZIXUN_DEBUG=1 to see the stack`];
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]?.trim() ?? '';
}
