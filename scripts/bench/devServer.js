// Measures `npm start` on a generated site: how long after an editor saves an article the dev
// server has rebuilt (Eleventy's "Wrote … files" line, when it tells the browser to reload) and the
// article's page on disk shows the change.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Starts `eleventy --serve --quiet` (as `npm start` does) on a copy of `corpusDir`, waits for the
 * first build, then edits one article's title `edits` times, a few seconds apart. Returns seconds.
 */
export async function benchDevServer({ zixunDir, corpusDir, workDir, edits = 5, log }) {
  const input = join(workDir, 'dev-input');
  const output = join(workDir, 'dev-output');
  mkdirSync(workDir, { recursive: true });
  cpSync(corpusDir, input, { recursive: true });
  const article = join(
    input,
    'articles',
    readdirSync(join(input, 'articles')).find((name) => name.endsWith('.md')),
  );
  const port = await freePort();
  const started = performance.now();
  const server = spawn(
    process.execPath,
    [
      join(zixunDir, 'node_modules/@11ty/eleventy/cmd.cjs'),
      '--serve',
      '--quiet',
      `--input=${input}`,
      `--output=${output}`,
      `--port=${port}`,
    ],
    { cwd: zixunDir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let builds = 0;
  let lastLine = '';
  const onData = (chunk) => {
    const text = chunk.toString();
    builds += (text.match(/Wrote \d+ files?/g) ?? []).length;
    lastLine = text.trim().split('\n').pop() ?? lastLine;
  };
  server.stdout.on('data', onData);
  server.stderr.on('data', onData);
  try {
    await until(
      () => builds >= 1,
      600_000,
      () => `the first build (last output: ${lastLine})`,
    );
    const firstBuild = (performance.now() - started) / 1000;
    log?.(`dev server: first build ${firstBuild.toFixed(1)} s`);
    const page = findPage(output, article);
    const results = [];
    for (let edit = 1; edit <= edits; edit++) {
      await sleep(2000);
      const marker = `编辑${edit}`;
      const source = readFileSync(article, 'utf8');
      const before = builds;
      const edited = source.replace(
        /^title: (.*?)("?)$/m,
        (_, title, quote) => `title: ${title.replace(/ 编辑\d+$/, '')} ${marker}${quote}`,
      );
      const saved = performance.now();
      writeFileSync(article, edited);
      let visible;
      await until(
        () => {
          if (visible === undefined && readFileSync(page, 'utf8').includes(marker)) {
            visible = (performance.now() - saved) / 1000;
          }
          return visible !== undefined && builds > before;
        },
        60_000,
        () => `rebuild ${edit} (last output: ${lastLine})`,
      );
      const rebuilt = (performance.now() - saved) / 1000;
      results.push({ visible, rebuilt });
      log?.(
        `dev server: edit ${edit}: page on disk after ${visible.toFixed(2)} s, rebuild done after ${rebuilt.toFixed(2)} s`,
      );
    }
    return { firstBuild, edits: results };
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** The built page of the article file: its output folder is the only one holding its file slug. */
function findPage(output, article) {
  const slug = article.slice(article.lastIndexOf('/') + 1).replace(/\.md$/, '');
  const found = readdirSync(output, { recursive: true }).find((path) =>
    String(path).endsWith(`/${slug}/index.html`),
  );
  if (!found) throw new Error(`[zixun bench] no page for ${article} in ${output}`);
  return join(output, String(found));
}

async function until(done, timeoutMs, what) {
  const deadline = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() > deadline)
      throw new Error(`[zixun bench] timed out waiting for ${what()}`);
    await sleep(10);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
