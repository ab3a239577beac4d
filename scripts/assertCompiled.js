import { existsSync, readdirSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Stops with one line when dist/ is missing or older than src/: Eleventy loads the compiled plugin,
 * and a stale one would build the site with code that is no longer in src/.
 */
export function assertCompiled(root) {
  const plugin = join(root, 'dist/plugins/zixunPlugin.js');
  const compiled = existsSync(plugin) ? statSync(plugin).mtimeMs : 0;
  // Without src/ (a copy of the built project only) there is nothing to be older than.
  const sources = join(root, 'src');
  if (compiled > 0 && !existsSync(sources)) return;
  const newer = compiled === 0 ? 'src' : newerSource(sources, compiled);
  if (newer === undefined) return;
  const why = compiled === 0 ? 'dist/ is missing' : `dist/ is older than ${newer}`;
  // Written synchronously, so the line is out before the exit (pipes are asynchronous on macOS);
  // thrown, it would drown in Eleventy's report of a broken config file.
  writeSync(2, `[zixun] ${why}; run \`npm run build:ts\` first (npm install runs it too)\n`);
  process.exit(1);
}

// Only TypeScript sources are compiled; the CSS under src/ is read as it is.
function newerSource(dir, than) {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    if (statSync(file).mtimeMs > than) return file.slice(dir.length - 'src'.length);
  }
  return undefined;
}
