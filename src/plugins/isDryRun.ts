import { cliFlag } from './cliFlag.js';

/** Whether the Eleventy CLI was asked for a build that writes nothing: `--dryrun`, or a one-off `--ignore-initial`. */
export function isDryRun(argv: readonly string[], source: string | undefined): boolean {
  // Eleventy 3 tells plugins neither in the config nor in its events, so the CLI's own arguments
  // are read. The build CLI and scripts using Eleventy's API never dry-run through Zixun.
  if (source !== 'cli') return false;
  const on = (name: string) => {
    const value = cliFlag(argv, name);
    return value !== undefined && value !== 'false';
  };
  if (on('dryrun')) return true;
  // A one-off build told to skip its initial build renders none of Eleventy's templates; Zixun's
  // pages must not be written either, or the output would hold them without the rest of the site.
  // With --watch or --serve the later builds write as usual (each of Zixun's writers sees only this).
  return on('ignore-initial') && !on('watch') && !on('serve');
}
