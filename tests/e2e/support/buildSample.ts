import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** A built copy of the sample site in a temporary folder. */
export interface BuiltSite {
  dir: string;
  remove: () => Promise<void>;
}

/** Where to build from and to, when not the sample site into a fresh folder. */
export interface BuildSampleOptions {
  /** Content folder (default: the sample site, content/). */
  input?: string;
  /** Output folder to build into again (a site being served, for an update); it is swapped atomically. */
  into?: BuiltSite;
}

/** Builds content/ with the real CLI (dist/cli/build.js), as `npm run build` would, into a fresh temporary folder; `env` adds ZIXUN_* overrides. */
export async function buildSample(
  env: Record<string, string> = {},
  options: BuildSampleOptions = {},
): Promise<BuiltSite> {
  const cli = join(root, 'dist/cli/build.js');
  if (!existsSync(cli)) {
    throw new Error(
      '[zixun] tests/e2e: dist/cli/build.js is missing; run `npm run build:ts` first (npm test does)',
    );
  }
  const parent = options.into ? undefined : await mkdtemp(join(tmpdir(), 'zixun-e2e-'));
  const dir = options.into?.dir ?? join(parent ?? '', 'site');
  const input = options.input ?? 'content';
  await promisify(execFile)(process.execPath, [cli, '--input', input, '--output', dir], {
    cwd: root,
    env: { ...process.env, ...env },
  }).catch((error: { message: string; stdout?: string }) => {
    // The build reports its problems on stdout.
    throw new Error(`${error.message}${error.stdout ?? ''}`);
  });
  if (options.into) return options.into;
  return { dir, remove: () => rm(parent ?? dir, { recursive: true, force: true }) };
}
