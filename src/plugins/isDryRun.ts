/** Whether the Eleventy CLI was asked for a dry run (`--dryrun`), when nothing may be written. */
export function isDryRun(argv: readonly string[], source: string | undefined): boolean {
  // Eleventy 3 tells plugins neither in the config nor in its events, so the CLI's own arguments
  // are read, as its parser (minimist) reads them: the last flag wins. The build CLI and scripts
  // using Eleventy's API never dry-run through Zixun.
  if (source !== 'cli') return false;
  let dryRun = false;
  for (const arg of argv) {
    if (arg === '--') break;
    if (arg === '--dryrun') dryRun = true;
    else if (arg === '--no-dryrun') dryRun = false;
    else if (arg.startsWith('--dryrun=')) dryRun = arg.slice('--dryrun='.length) !== 'false';
  }
  return dryRun;
}
