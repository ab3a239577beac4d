import { lstatSync, readdirSync, type Stats } from 'node:fs';
import { isEarlierBuild } from './isEarlierBuild.js';
import { isPathInside } from './isPathInside.js';
import { OutputError } from './outputError.js';
import { realPath } from './realPath.js';

/**
 * Refuses an output folder the build could not replace without deleting what it did not write:
 * one that is, holds or lies inside the input, a file, a symbolic link, or a non-empty folder
 * that no Zixun build wrote. `shown` names the output as the user gave it.
 */
export function checkOutputFolder(input: string, output: string, shown: string): void {
  const realInput = realPath(input);
  const realOutput = realPath(output);
  if (isPathInside(realInput, realOutput) || isPathInside(realOutput, realInput)) {
    const relation =
      realInput === realOutput
        ? 'is the input folder'
        : isPathInside(realInput, realOutput)
          ? `is inside the input folder ${input}`
          : `contains the input folder ${input}`;
    throw new OutputError(
      `[zixun] ${shown}: the output ${relation}; expected a folder outside ${input}, such as _site next to it`,
    );
  }
  let stats: Stats;
  try {
    stats = lstatSync(output);
  } catch {
    return;
  }
  if (stats.isSymbolicLink()) {
    throw new OutputError(
      `[zixun] ${shown}: found a symbolic link; expected a folder (give the folder it points to, ${realOutput})`,
    );
  }
  if (!stats.isDirectory()) {
    throw new OutputError(
      `[zixun] ${shown}: found a file; expected a folder for the site (or a name that does not exist yet)`,
    );
  }
  if (readdirSync(output).length > 0 && !isEarlierBuild(output)) {
    throw new OutputError(
      `[zixun] ${shown}: found a folder that no Zixun build wrote; expected an earlier build, an empty folder or a new name (nothing was changed)`,
    );
  }
}
