import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

// scripts/assertCompiled.js: .eleventy.js checks dist/ with it before loading the plugin.
const COPIED = [
  'package.json',
  'tsconfig.json',
  '.eleventy.js',
  'scripts/assertCompiled.js',
  '.gitignore',
  'src',
];

/**
 * Copies what a build needs into `dir` and compiles it there (or copies the existing dist/), so
 * every build of a long benchmark runs the same code even while others edit src/ or recompile
 * dist/ on a shared machine. node_modules is linked, not copied.
 */
export function snapshotProject(projectRoot, dir, { compile }) {
  mkdirSync(dir, { recursive: true });
  for (const name of COPIED) {
    if (existsSync(join(projectRoot, name))) {
      cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
    }
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  if (compile) {
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], {
      cwd: dir,
      stdio: 'inherit',
    });
  } else {
    if (!existsSync(join(projectRoot, 'dist/cli/build.js'))) {
      throw new Error(
        '[zixun bench] dist/ is missing: run `npm run build:ts`, or drop --skip-compile',
      );
    }
    cpSync(join(projectRoot, 'dist'), join(dir, 'dist'), { recursive: true });
  }
  return dir;
}
