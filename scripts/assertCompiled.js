import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Stops with one line when dist/ is missing or older than src/: Eleventy loads the compiled plugin,
 * and a stale one would build the site with code that is no longer in src/.
 */
export function assertCompiled(root) {
  const plugin = join(root, 'dist/plugins/zixunPlugin.js');
  const compiled = existsSync(plugin) ? statSync(plugin).mtimeMs : 0;
  const newer = compiled === 0 ? 'src' : newerSource(join(root, 'src'), compiled);
  if (newer === undefined) return;
  const why = compiled === 0 ? 'dist/ is missing' : `dist/ is older than ${newer}`;
  console.error(`[zixun] ${why}; run \`npm run build:ts\` first (npm install runs it too)`);
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
