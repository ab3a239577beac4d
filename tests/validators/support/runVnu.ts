import { createRequire } from 'node:module';
import { requireTool } from './requireTool.js';
import { runTool } from './runTool.js';

/** One message of the Nu Html Checker's JSON output (https://github.com/validator/validator/wiki/Output-%C2%BB-JSON). */
export interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** What one checker run reported: the files it checked and its errors and warnings. */
export interface VnuReport {
  version: string;
  checked: string[];
  messages: VnuMessage[];
}

/**
 * Checks HTML files with the Nu Html Checker from the pinned npm package vnu-jar, in one Java
 * process for all of them (starting the JVM costs seconds). Info messages are skipped; errors and
 * warnings are returned. Throws, saying what to install, when Java or vnu-jar is missing.
 */
export async function runVnu(files: readonly string[]): Promise<VnuReport> {
  requireTool('java', 'default-jre-headless');
  let jar: string;
  try {
    jar = String(createRequire(import.meta.url)('vnu-jar'));
  } catch (error) {
    throw new Error(
      `[zixun test] the npm package vnu-jar is missing (${String(error)}): run "npm ci"`,
      { cause: error },
    );
  }
  // A run of a few seconds is over before C2-compiled code pays back its compile time, so the
  // client compiler alone (TieredStopAtLevel=1) halves the CPU time; that compiler's deeper
  // frames need a larger stack than vnu's documented 512k minimum. --verbose lists each checked
  // file on stdout; the JSON report goes to stderr.
  const run = await runTool('java', [
    '-Xss16m',
    '-XX:TieredStopAtLevel=1',
    '-jar',
    jar,
    '--verbose',
    '--skip-info-messages',
    '--format',
    'json',
    ...files,
  ]);
  let report: { version?: string; messages?: VnuMessage[] };
  try {
    report = JSON.parse(run.stderr) as typeof report;
  } catch {
    throw new Error(
      `[zixun test] vnu (exit ${run.code}) printed no JSON report:\n${run.stderr.slice(0, 2000)}`,
    );
  }
  return {
    version: report.version ?? 'unknown',
    checked: run.stdout.split('\n').filter((line) => line !== ''),
    messages: report.messages ?? [],
  };
}
