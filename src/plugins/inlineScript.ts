/** Turns a self-contained function into a small inline `<script>` body: called at once, comments and indentation dropped. */
export function inlineScript(fn: () => void): string {
  const source = fn
    .toString()
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
  return `(${source})();`;
}
