import { execFileSync } from 'node:child_process';

/** vitest globalSetup: build tests run the compiled CLI, so compile src/ to dist/ once per test run. */
export default function compileOnce(): void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], {
    stdio: 'inherit',
  });
}
