import { requireTool } from './requireTool.js';
import { runTool } from './runTool.js';

/**
 * Validates XML files against an XML Schema with xmllint (Debian package libxml2-utils), in one
 * run, and returns its error lines; empty when every file validates.
 */
export async function xmllintErrors(schema: string, files: readonly string[]): Promise<string[]> {
  requireTool('xmllint', 'libxml2-utils');
  const run = await runTool('xmllint', ['--noout', '--schema', schema, ...files]);
  // xmllint says "<file> validates" for each good file, and exits 3 when any file fails.
  const lines = run.stderr.split('\n').filter((line) => line.trim() !== '');
  const errors = lines.filter((line) => !line.endsWith(' validates'));
  if (run.code !== 0 && run.code !== 3) {
    throw new Error(
      `[zixun test] xmllint could not check against ${schema} (exit ${run.code}):\n${run.stderr}`,
    );
  }
  if (run.code === 3 && errors.length === 0) {
    throw new Error(`[zixun test] xmllint failed (exit 3) with no report:\n${run.stderr}`);
  }
  return errors;
}
