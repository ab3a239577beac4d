import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * Fails clearly, naming the Debian package to install, when an external validator's command is
 * not on the PATH; a validator test calls it first so it never passes by checking nothing.
 * `.ci/run` installs every one of these. (Looked up, not run: starting jing's JVM costs a second.)
 */
export function requireTool(command: string, debianPackage: string): void {
  const dirs = (process.env['PATH'] ?? '').split(delimiter).filter((dir) => dir !== '');
  const found = dirs.some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
  if (!found) {
    throw new Error(
      `[zixun test] the validator "${command}" is not installed: install it with "apt-get install -y ${debianPackage}" (.ci/run installs it on CI)`,
    );
  }
}
