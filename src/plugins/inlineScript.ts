/**
 * Turns a self-contained function into a small inline `<script>` body: called at once with its
 * arguments as JSON (`<` escaped so no value can close the script), comments and indentation dropped.
 */
export function inlineScript<Args extends unknown[]>(
  fn: (...args: Args) => void,
  ...args: Args
): string {
  const source = fn
    .toString()
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
  const json = args.map((arg) => JSON.stringify(arg).replace(/</g, '\\u003c')).join(',');
  return `(${source})(${json});`;
}
