#!/usr/bin/env node
// `npm run bench [-- N …] [--runs R] [--seed S] [--skip-plain] [--skip-dev] [--skip-compile] [--keep] [--json FILE]`
// For each N (default 4000 and 20000): generates a seeded corpus, builds it with the real Zixun CLI
// and with a plain Eleventy baseline, alternating A/B, and prints medians as markdown tables. For
// the first N, it also times the dev server (`npm start`) rebuilding after an article is edited.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { URL, fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchDevServer } from './devServer.js';
import { generateCorpus } from './generateCorpus.js';
import { pageWeight } from './pageWeight.js';
import { writePlainBaseline } from './plainBaseline.js';
import { runMeasured } from './runMeasured.js';
import { snapshotProject } from './snapshotProject.js';
import { formatTable, median, seconds } from './tables.js';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const eleventyCli = join(projectRoot, 'node_modules/@11ty/eleventy/cmd.cjs');
// Phases that other issues add to SiteModel.timings get their own columns.
const SEARCH = /search/i;
const SERVICE_WORKER = /worker|manifest/i;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'skip-plain': { type: 'boolean', default: false },
    'skip-dev': { type: 'boolean', default: false },
    'skip-compile': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
const sizes = (positionals.length > 0 ? positionals : ['4000', '20000']).map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  throw new Error(
    `[zixun bench] article counts must be whole numbers, got: ${positionals.join(' ')}`,
  );
}
const seed = Number(values.seed);
/** Fewer runs for big corpora: 3 pairs take a few minutes at 4,000, an hour at 100,000. */
const runsFor = (n) => (values.runs ? Number(values.runs) : n < 10_000 ? 3 : n < 50_000 ? 2 : 1);

const log = (line) => process.stderr.write(`[bench] ${line}\n`);
const startedAt = new Date();
const code = codeVersion();
const loadBefore = loadavg();

const workDir = mkdtempSync(join(tmpdir(), 'zixun-bench-'));
log(`working in ${workDir}`);
const compile = !values['skip-compile'];
log(compile ? 'copying the project and compiling it (tsc)' : 'copying the project and its dist/');
const zixunDir = snapshotProject(projectRoot, join(workDir, 'zixun'), { compile });
const buildCli = join(zixunDir, 'dist/cli/build.js');
const buildFlags = nodeFlagsOfBuild();
const { measureOutput } = await import(join(zixunDir, 'dist/cli/measureOutput.js'));
const plainConfig = writePlainBaseline(join(workDir, 'plain'));

const results = [];
for (const [index, count] of sizes.entries()) {
  try {
    results.push(await benchSize(count, index === 0 && !values['skip-dev']));
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    results.push({ count, failed: error instanceof Error ? error.message : String(error) });
  }
}
const report = {
  date: startedAt.toISOString(),
  command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.replace(/ -- $/, ''),
  code,
  zixunCommand: ['node', ...buildFlags, 'dist/cli/build.js'].join(' '),
  node: process.version,
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
  loadAverage: {
    before: loadBefore.map((l) => l.toFixed(2)),
    after: loadavg().map((l) => l.toFixed(2)),
  },
  nodeOptions: process.env.NODE_OPTIONS ?? '',
  seed,
  results,
};
if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(printReport(report));
if (!values.keep) rmSync(workDir, { recursive: true, force: true });

/** The node flags `npm run build` gives the build (package.json), so the bench runs it the same way. */
function nodeFlagsOfBuild() {
  const { scripts } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
  const flags = /\bnode((?:\s+--\S+)*)\s+dist\/cli\/build\.js/.exec(scripts?.build ?? '')?.[1];
  return flags ? flags.trim().split(/\s+/) : [];
}

/** The commit, and how many files differ from it: the bench builds the working tree. */
function codeVersion() {
  try {
    const git = (...args) =>
      execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).trim();
    const changed = git('status', '--porcelain').split('\n').filter(Boolean).length;
    return `${git('rev-parse', '--short', 'HEAD')}${changed ? ` + ${changed} changed files` : ''}`;
  } catch {
    return 'unknown (no git)';
  }
}

/** Generates one corpus, runs the build pairs, measures outputs, and cleans up. */
async function benchSize(count, withDevServer) {
  const corpus = join(workDir, `corpus-${count}`);
  let started = performance.now();
  const { keywords } = generateCorpus({ count, seed, dir: corpus });
  log(
    `${count} articles, ${keywords.length} keywords generated in ${seconds(performance.now() - started)} s`,
  );

  const kinds = values['skip-plain'] ? ['zixun'] : ['zixun', 'plain'];
  // Every build writes a folder of its own (Zixun writes _site.tmp-<pid> beside _site), and the
  // outputs are removed only after the last run of a size: deleting a build's files just before
  // the next build slows that build's file creation for tens of seconds on a disk mounted with
  // `discard` (as here), and the more the deleted build wrote, the more (BENCHMARKS.md).
  const outRootOf = (kind, run) => join(workDir, `${kind}-${count}-run${run + 1}`);
  const outDirOf = (kind, run) =>
    kind === 'zixun' ? join(outRootOf(kind, run), '_site') : outRootOf(kind, run);
  const runs = { zixun: [], plain: [] };
  const total = runsFor(count);
  for (let run = 0; run < total; run++) {
    // A B, B A, A B …: drift in machine load hits both builds alike.
    for (const kind of run % 2 === 0 ? kinds : [...kinds].reverse()) {
      const reportFile = join(workDir, `report-${count}-${run}.json`);
      const measured =
        kind === 'zixun'
          ? await runMeasured(
              [
                ...buildFlags,
                buildCli,
                ...['--input', corpus, '--output', outDirOf(kind, run), '--report', reportFile],
              ],
              {
                cwd: zixunDir,
                usageFile: join(workDir, 'usage.json'),
              },
            )
          : await runMeasured(
              [
                eleventyCli,
                `--config=${plainConfig}`,
                `--input=${corpus}`,
                `--output=${outDirOf(kind, run)}`,
                '--quiet',
              ],
              { cwd: workDir, usageFile: join(workDir, 'usage.json') },
            );
      const { output, ...figures } = measured;
      if (kind === 'zixun') figures.report = JSON.parse(readFileSync(reportFile, 'utf8'));
      runs[kind].push(figures);
      log(
        `${count} run ${run + 1}/${total} ${kind}: ${seconds(figures.wallMs)} s wall, ` +
          `${seconds(figures.cpuMs)} s CPU, ${Math.round(figures.maxRssKb / 1024)} MB` +
          (kind === 'plain' ? '' : ` — ${output.trim().split('\n').at(-1)}`),
      );
    }
  }
  const last = total - 1;
  const written = Object.fromEntries(
    kinds.map((kind) => [kind, measureOutput(outDirOf(kind, last))]),
  );
  const weight = pageWeight(outDirOf('zixun', last));
  const dev = withDevServer
    ? await benchDevServer({
        zixunDir,
        corpusDir: corpus,
        workDir: join(workDir, `dev-${count}`),
        log,
      })
    : undefined;
  if (!values.keep) {
    // Deleting 100,000s of files can take minutes on a busy disk; say so.
    log(`removing the ${count}-article corpus and outputs`);
    rmSync(corpus, { recursive: true, force: true });
    for (const kind of kinds) {
      for (let run = 0; run < total; run++) {
        rmSync(outRootOf(kind, run), { recursive: true, force: true });
      }
    }
  }
  return { count, keywords: keywords.length, runs, written, weight, dev };
}

/** The tables, as markdown, so they can be pasted into BENCHMARKS.md. */
function printReport(report) {
  const {
    date,
    command,
    code,
    zixunCommand,
    node,
    cpus: machine,
    loadAverage,
    nodeOptions,
    results,
  } = report;
  const done = results.filter((result) => !result.failed);
  const lines = [
    `## Benchmark ${date.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `\`${command}\` · code ${code} · Zixun runs as \`${zixunCommand}\` · Node ${node} · ${machine} · load average ${loadAverage.before.join(' ')} → ${loadAverage.after.join(' ')}` +
      (nodeOptions ? ` · NODE_OPTIONS=${nodeOptions}` : ''),
    '',
    formatTable(
      [
        'articles',
        'build',
        'runs',
        'wall s, median (range)',
        'CPU s',
        'pages/s',
        'peak RSS MB',
        'HTML pages',
        'files',
        'MB written',
      ],
      done.flatMap(summaryRows),
    ),
    '',
  ];
  for (const result of results.filter((r) => r.failed))
    lines.push(`${result.count} articles failed: ${result.failed}`, '');
  lines.push(
    'Zixun phases, median seconds (data phases come from loadSite; Eleventy stages from its events):',
    '',
  );
  lines.push(phaseTable(done), '');
  const scaling = scalingTable(done);
  if (scaling) lines.push(scaling, '');
  const first = done[0];
  if (first) {
    lines.push(
      `Page weight of one article page (${first.weight.page}, ${first.count}-article build), bytes:`,
      '',
    );
    lines.push(
      formatTable(
        ['file', 'raw', 'gzip'],
        first.weight.rows.map((row) => [row.label, row.raw, row.gzip]),
      ),
      '',
    );
  }
  const devRun = done.find((result) => result.dev);
  if (devRun) {
    const { firstBuild, edits } = devRun.dev;
    lines.push(
      `Dev server (\`npm start\`, ${devRun.count} articles; first build ${firstBuild.toFixed(1)} s): seconds from saving an edited title`,
      '',
      formatTable(
        ['edit', 'page on disk shows it', 'rebuild done (browser reloads)'],
        [
          ...edits.map((edit, index) => [
            index + 1,
            edit.visible.toFixed(2),
            edit.rebuilt.toFixed(2),
          ]),
          [
            '**median**',
            `**${median(edits.map((edit) => edit.visible)).toFixed(2)}**`,
            `**${median(edits.map((edit) => edit.rebuilt)).toFixed(2)}**`,
          ],
        ],
      ),
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}

function summaryRows({ count, runs, written }) {
  const rows = [];
  for (const kind of ['zixun', 'plain']) {
    const list = runs[kind];
    if (list.length === 0) continue;
    const walls = list.map((run) => run.wallMs);
    const wall = median(walls);
    rows.push([
      count.toLocaleString('en'),
      kind === 'zixun' ? 'Zixun' : 'plain Eleventy',
      list.length,
      walls.length === 1
        ? seconds(wall)
        : `${seconds(wall)} (${seconds(Math.min(...walls))}–${seconds(Math.max(...walls))})`,
      seconds(median(list.map((run) => run.cpuMs))),
      Math.round(written[kind].pages / (wall / 1000)),
      Math.round(median(list.map((run) => run.maxRssKb)) / 1024),
      written[kind].pages.toLocaleString('en'),
      written[kind].files.toLocaleString('en'),
      (written[kind].bytes / 1e6).toFixed(1),
    ]);
  }
  if (runs.plain.length > 0) {
    // Ratios per A/B pair, so a slow minute affects both sides of each ratio.
    const pairs = runs.zixun.map((run, i) => [run, runs.plain[i]]).filter(([, plain]) => plain);
    const ratio = (pick) => pairs.map(([z, p]) => pick(z) / pick(p));
    const walls = ratio((run) => run.wallMs);
    rows.push([
      count.toLocaleString('en'),
      '**Zixun / plain**',
      `${pairs.length} pair${pairs.length === 1 ? '' : 's'}`,
      `**${median(walls).toFixed(2)}×**` +
        (walls.length === 1
          ? ''
          : ` (${Math.min(...walls).toFixed(2)}–${Math.max(...walls).toFixed(2)})`),
      `${median(ratio((run) => run.cpuMs)).toFixed(2)}×`,
      '',
      `${median(ratio((run) => run.maxRssKb)).toFixed(2)}×`,
      '',
      '',
      `${(written.zixun.bytes / written.plain.bytes).toFixed(2)}×`,
    ]);
  }
  return rows;
}

function phaseTable(done) {
  const reports = (result) => result.runs.zixun.map((run) => run.report);
  const phaseNames = [
    ...new Set(done.flatMap((r) => reports(r).flatMap((rep) => Object.keys(rep.phases)))),
  ];
  const fixed = ['validate', 'keywords', 'lists'];
  const extra = phaseNames.filter(
    (name) => !fixed.includes(name) && !SEARCH.test(name) && !SERVICE_WORKER.test(name),
  );
  const headers = [
    'articles',
    'validate',
    'keywords + related',
    'list pages',
    ...extra,
    'search index',
    'SW manifest',
    '11ty start',
    '11ty prepare',
    '11ty render + write',
    'finish',
    '**total − data phases**',
    'build total',
    'process wall',
  ];
  const rows = done.map((result) => {
    const list = reports(result);
    const at = (pick) => {
      const values = list.map(pick).filter((value) => value !== undefined);
      return values.length === 0 ? '–' : seconds(median(values));
    };
    const phase = (name) => at((rep) => rep.phases[name]);
    const matching = (pattern) =>
      at((rep) => {
        const names = Object.keys(rep.phases).filter((name) => pattern.test(name));
        return names.length === 0
          ? undefined
          : names.reduce((sum, name) => sum + rep.phases[name], 0);
      });
    // `pages` (the build threads writing pages) overlaps Eleventy's render, and the service
    // worker's file is made after it, in `finish`: neither is a data phase.
    const dataMs = (rep) =>
      Object.entries(rep.phases)
        .filter(([name]) => name !== 'pages' && !SERVICE_WORKER.test(name))
        .reduce((sum, [, ms]) => sum + ms, 0);
    return [
      result.count.toLocaleString('en'),
      phase('validate'),
      phase('keywords'),
      phase('lists'),
      ...extra.map(phase),
      matching(SEARCH),
      matching(SERVICE_WORKER),
      at((rep) => rep.ms.eleventyStart),
      at((rep) => rep.ms.eleventyPrepare),
      at((rep) => rep.ms.eleventyRender),
      at((rep) => rep.ms.finish),
      `**${at((rep) => rep.ms.total - dataMs(rep))}**`,
      at((rep) => rep.ms.total),
      seconds(median(result.runs.zixun.map((run) => run.wallMs))),
    ];
  });
  return formatTable(headers, rows);
}

function scalingTable(done) {
  if (done.length < 2) return '';
  const [base, ...rest] = done;
  const of = (result, kind, key) => median(result.runs[kind].map((run) => run[key]));
  const rows = rest.map((result) => {
    const cell = (kind, key) =>
      result.runs[kind].length && base.runs[kind].length
        ? (of(result, kind, key) / of(base, kind, key)).toFixed(2)
        : '–';
    return [
      `${result.count.toLocaleString('en')} / ${base.count.toLocaleString('en')}`,
      (result.count / base.count).toFixed(2),
      `**${cell('zixun', 'wallMs')}**`,
      cell('zixun', 'cpuMs'),
      cell('plain', 'wallMs'),
      cell('plain', 'cpuMs'),
    ];
  });
  return formatTable(
    ['time ratio', 'linear', 'Zixun wall', 'Zixun CPU', 'plain wall', 'plain CPU'],
    rows,
  );
}
