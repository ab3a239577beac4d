import { requireTool } from './requireTool.js';
import { runTool } from './runTool.js';

/**
 * Validates XML files against a RELAX NG compact schema with jing (Debian package jing), in one
 * run, and returns its error lines (`file:line:column: error: message`); empty when all are valid.
 */
export async function jingErrors(schema: string, files: readonly string[]): Promise<string[]> {
  requireTool('jing', 'jing');
  const run = await runTool('jing', ['-c', schema, ...files]);
  const errors = run.stdout.split('\n').filter((line) => line.trim() !== '');
  if (run.code !== 0 && errors.length === 0) {
    throw new Error(`[zixun test] jing failed (exit ${run.code}) with no report:\n${run.stderr}`);
  }
  if (errors.some((line) => line.startsWith(schema))) {
    throw new Error(`[zixun test] jing cannot read the schema ${schema}:\n${errors.join('\n')}`);
  }
  return errors;
}
