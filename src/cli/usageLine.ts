const flags =
  'the build takes --input <folder>, --output <folder>, --report <file> and --portable; Eleventy’s own flags (--quiet, --serve, …) go to `npx @11ty/eleventy`';

/** The `[zixun]` line for a command-line mistake (a parseArgs error), or undefined for any other error. */
export function usageLine(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) return undefined;
  const message = error instanceof Error ? error.message : '';
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) return `[zixun] unknown option ${unknown[1] ?? ''}; ${flags}`;
  // Node's first sentence names the argument and what is wrong with it.
  return `[zixun] ${message.split('. ')[0] ?? message}; ${flags}`;
}
