import Eleventy from '@11ty/eleventy';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../content/contentProblem.js';
import { progressPlugin, type BuildStages } from '../plugins/progressPlugin.js';
import { setProgressListener } from '../site/buildProgress.js';
import { lastSiteModel } from '../site/lastSiteModel.js';
import { closeSitePool } from '../workers/sitePool.js';
import { findContentError } from './findContentError.js';
import { buildReport } from './buildReport.js';
import { countOutput } from './measureOutput.js';
import { progressLine } from './progressLine.js';
import { removeStaleOutputs, swapOutput } from './swapOutput.js';

const configPath = fileURLToPath(new URL('../../.eleventy.js', import.meta.url));

/** Where to read and where to write. */
export interface BuildOptions {
  input: string;
  output: string;
  log?: (line: string) => void;
  /** Shows the phase and a count on stderr while building (the CLI turns it on for a terminal, off in CI). */
  progress?: boolean;
  /** Writes phase timings, counts and peak memory as JSON to this file, for `npm run bench`. */
  report?: string;
}

/**
 * Builds into a temporary sibling folder and swaps it in only on success, so a failed or
 * interrupted build never touches the previous output. Returns the process exit code.
 */
export async function buildSite(options: BuildOptions): Promise<number> {
  const log = options.log ?? ((line: string) => console.log(line));
  const started = performance.now();
  const temporary = `${options.output.replace(/\/+$/, '')}.tmp-${process.pid}`;
  removeStaleOutputs(options.output);
  const eleventyMessages: string[] = [];
  const stages: BuildStages = {};
  const line = options.progress ? progressLine(process.stderr) : undefined;
  setProgressListener(line?.update);
  try {
    const eleventy = new Eleventy(options.input, temporary, {
      configPath,
      quietMode: true,
      // Only when asked: a default build registers nothing extra.
      ...(line || options.report
        ? { config: (config) => progressPlugin(config, stages, line?.update) }
        : {}),
    });
    // Eleventy's own summary and error dump would bury the editor-facing message; keep them for real crashes.
    eleventy.logger.overrideLogger({
      log: () => undefined,
      info: () => undefined,
      warn: (message: string) => eleventyMessages.push(message),
      error: (message: string) => eleventyMessages.push(message),
    });
    await eleventy.write();
  } catch (error) {
    // Build threads may still be writing pages into the folder about to be removed.
    await closeSitePool();
    line?.clear();
    setProgressListener(undefined);
    removeStaleOutputs(options.output);
    const contentError = findContentError(error);
    if (contentError) {
      for (const problem of contentError.problems) {
        if (problem.severity === 'warning') log(formatProblem(problem));
      }
      log(contentError.message);
    } else {
      for (const message of eleventyMessages) log(message);
      log(
        `[zixun] the build failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
    log(`[zixun] nothing was written; ${options.output} is unchanged`);
    return 1;
  }
  line?.clear();
  setProgressListener(undefined);
  const model = lastSiteModel();
  const output = countOutput(temporary);
  swapOutput(temporary, options.output);
  const warnings = model?.warnings.filter((problem) => problem.severity === 'warning') ?? [];
  for (const warning of warnings) log(formatProblem(warning));
  const finished = performance.now();
  if (options.report) {
    const report = buildReport({ started, finished, stages, output, model });
    writeFileSync(options.report, `${JSON.stringify(report, null, 2)}\n`);
  }
  const seconds = ((finished - started) / 1000).toFixed(2);
  log(
    `[zixun] ${model?.articles.length ?? 0} articles, ${output.pages} pages written (${output.files} files), ` +
      `${warnings.length} warning${warnings.length === 1 ? '' : 's'}, ${seconds} s`,
  );
  return 0;
}
