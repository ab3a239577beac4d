import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load, type CheerioAPI } from 'cheerio';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const buildCli = join(projectRoot, 'dist/cli/build.js');

/** The outcome of one real build, run as editors run it: a separate process. */
export interface BuildResult {
  code: number;
  output: string;
  outDir: string;
  /** Reads a built file as text; path is a site path such as `/2024/05/28/a/index.html`. */
  read(path: string): string;
  /** Parses a built page. */
  page(path: string): CheerioAPI;
}

/** Runs `dist/cli/build.js` on an input folder into `outDir` (a new temp folder by default). */
export function runBuild(
  inputDir: string,
  outDir = join(mkdtempSync(join(tmpdir(), 'zixun-out-')), '_site'),
  env: Record<string, string> = {},
): Promise<BuildResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [buildCli, '--input', inputDir, '--output', outDir],
      { cwd: projectRoot, env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
        resolve({ code, output: stdout + stderr, outDir, read, page: (path) => load(read(path)) });
      },
    );
  });
}

/** Path of a checked-in fixture site under tests/build/fixtures/. */
export function fixture(name: string): string {
  return join(projectRoot, 'tests/build/fixtures', name);
}

/** Site settings every generated site starts from. */
export const baseSettings = {
  title: '测试站',
  description: '测试用站点',
  url: 'https://test.example.com',
  nav: [{ title: '首页', url: '/' }],
  footer: {
    groups: [
      { title: '旗下网站', links: [{ title: '姊妹站', url: 'https://sister.example.com/' }] },
    ],
    copyright: '© 测试',
  },
};

/** Writes a throwaway site (settings plus articles by relative path) for error-path and edge-case tests. */
export function makeSite(
  articles: Record<string, string | Uint8Array>,
  settings: Record<string, unknown> = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), 'zixun-site-'));
  mkdirSync(join(dir, '_data'), { recursive: true });
  writeFileSync(join(dir, '_data/site.json'), JSON.stringify({ ...baseSettings, ...settings }));
  for (const [path, content] of Object.entries(articles)) {
    const file = join(dir, 'articles', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

/** Copies a checked-in fixture to a temp folder so a test can change it. */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'zixun-copy-'));
  cpSync(fixture(name), dir, { recursive: true });
  return dir;
}
