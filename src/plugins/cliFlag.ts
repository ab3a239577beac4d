/** The value of the Eleventy CLI flag `--<name>` as its parser (minimist) reads it: the last one wins; `''` for a bare flag, `'false'` for `--no-<name>`. */
export function cliFlag(argv: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  for (const arg of argv) {
    if (arg === '--') break;
    if (arg === `--${name}`) value = '';
    else if (arg === `--no-${name}`) value = 'false';
    else if (arg.startsWith(`--${name}=`)) value = arg.slice(name.length + 3);
  }
  return value;
}
