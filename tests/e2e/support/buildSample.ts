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

/** Builds content/ with the real CLI (dist/cli/build.js), as `npm run build` would, into a fresh temporary folder; `env` adds ZIXUN_* overrides. */
export async function buildSample(env: Record<string, string> = {}): Promise<BuiltSite> {
  const cli = join(root, 'dist/cli/build.js');
  if (!existsSync(cli)) {
    throw new Error(
      '[zixun] tests/e2e: dist/cli/build.js is missing; run `npm run build:ts` first (npm test does)',
    );
  }
  const parent = await mkdtemp(join(tmpdir(), 'zixun-e2e-'));
  const dir = join(parent, 'site');
  await promisify(execFile)(process.execPath, [cli, '--input', 'content', '--output', dir], {
    cwd: root,
    env: { ...process.env, ...env },
  });
  return { dir, remove: () => rm(parent, { recursive: true, force: true }) };
}
