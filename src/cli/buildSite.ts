import Eleventy from '@11ty/eleventy';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../content/contentProblem.js';
import { progressPlugin, type BuildStages } from '../plugins/progressPlugin.js';
import { setProgressListener } from '../site/buildProgress.js';
import { lastSiteModel } from '../site/lastSiteModel.js';
import { closeSitePool } from '../workers/sitePool.js';
import { buildReport } from './buildReport.js';
import { checkOutputFolder } from './checkOutputFolder.js';
import { describeFault } from './describeFault.js';
import { findSystemError } from './findSystemError.js';
import { findContentError } from './findContentError.js';
import { internalErrorLines } from './internalErrorLines.js';
import { countOutput } from './measureOutput.js';
import { OutputError } from './outputError.js';
import { takeOutputLock } from './takeOutputLock.js';
import { writeOutputMarker } from './writeOutputMarker.js';
import { pluginWarnings } from './pluginWarnings.js';
import { progressLine } from './progressLine.js';
import { recoverOutput } from './recoverOutput.js';
import { swapOutput } from './swapOutput.js';

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
 * interrupted build never touches the previous output; refuses an output it may not replace and
 * holds the output's lock throughout. Returns the process exit code.
 */
export async function buildSite(options: BuildOptions): Promise<number> {
  const log = options.log ?? ((line: string) => console.log(line));
  const shown = options.output.replace(/(.)\/+$/, '$1');
  const output = resolve(options.output);
  let release: (() => void) | undefined;
  try {
    checkOutputFolder(options.input, output, shown);
    try {
      mkdirSync(dirname(output), { recursive: true });
    } catch (error) {
      throw new OutputError(describeFault(error as NodeJS.ErrnoException, dirname(output)));
    }
    release = await takeOutputLock(output, shown, log);
    recoverOutput(output, shown, log);
    // Again under the lock: recovery may have put an earlier build back.
    checkOutputFolder(options.input, output, shown);
    return await buildLocked(options, output, shown, log);
  } catch (error) {
    const fault = error instanceof OutputError ? undefined : findSystemError(error);
    if (!(error instanceof OutputError) && !fault) throw error;
    log(fault ? describeFault(fault, output) : (error as OutputError).message);
    return 1;
  } finally {
    release?.();
  }
}

async function buildLocked(
  options: BuildOptions,
  output: string,
  shown: string,
  log: (line: string) => void,
): Promise<number> {
  const started = performance.now();
  const temporary = `${output}.tmp-${process.pid}`;
  const existed = existsSync(output);
  const fail = (lines: string[]): number => {
    try {
      rmSync(temporary, { recursive: true, force: true });
    } catch (error) {
      lines.push(describeFault(error as NodeJS.ErrnoException, temporary));
    }
    for (const line of lines) log(line);
    // Said only after the fact, so that it is true: a swap that failed half-way leaves no output.
    log(
      !existed
        ? `[zixun] nothing was written; ${shown} was not created`
        : existsSync(output)
          ? `[zixun] nothing was written; ${shown} is unchanged`
          : `[zixun] nothing was written; ${shown} is missing until the next build puts it back`,
    );
    return 1;
  };
  try {
    mkdirSync(temporary);
    // Written first, so a later build can prove this folder is a build's and whose.
    writeOutputMarker(temporary, 'building');
  } catch (error) {
    return fail([describeFault(error as NodeJS.ErrnoException, temporary)]);
  }
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
    // Eleventy's own summary and error dump would bury the editor-facing message; keep them for ZIXUN_DEBUG.
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
    const contentError = findContentError(error);
    if (contentError) {
      const lines = contentError.problems
        .filter((problem) => problem.severity === 'warning')
        .map((problem) => formatProblem(problem));
      return fail([...lines, contentError.message]);
    }
    const systemError = findSystemError(error);
    if (systemError) return fail([describeFault(systemError, temporary)]);
    const debug = process.env.ZIXUN_DEBUG ? eleventyMessages : [];
    return fail([...debug, ...internalErrorLines(error)]);
  }
  line?.clear();
  setProgressListener(undefined);
  const model = lastSiteModel();
  const counted = countOutput(temporary);
  try {
    writeOutputMarker(temporary, 'complete');
    swapOutput(temporary, output, shown, log);
  } catch (error) {
    if (error instanceof OutputError) return fail([error.message]);
    return fail([describeFault(error as NodeJS.ErrnoException, temporary)]);
  }
  const contentWarnings = (model?.warnings ?? [])
    .filter((problem) => problem.severity === 'warning')
    .map(formatProblem);
  // Other warnings, such as an owner's collection globbing the articles folder, come through the logger.
  const warnings = [...contentWarnings, ...pluginWarnings(eleventyMessages, contentWarnings)];
  for (const warning of warnings) log(warning);
  const finished = performance.now();
  if (options.report) {
    const report = buildReport({ started, finished, stages, output: counted, model });
    writeFileSync(options.report, `${JSON.stringify(report, null, 2)}\n`);
  }
  const seconds = ((finished - started) / 1000).toFixed(2);
  log(
    `[zixun] ${model?.articles.length ?? 0} articles, ${counted.pages} pages written (${counted.files} files), ` +
      `${warnings.length} warning${warnings.length === 1 ? '' : 's'}, ${seconds} s`,
  );
  return 0;
}
