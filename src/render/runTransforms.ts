import type { ContentProblem } from '../content/contentProblem.js';

/** What a transform or linter sees as `this`, the same fields Eleventy gives its own pages. */
export interface TransformContext {
  inputPath: string;
  outputPath: string;
  url: string;
  page: Record<string, unknown> & { inputPath: string; outputPath: string; url: string };
  baseHref?: string;
}

/** A transform or linter as added to Eleventy's config, by the name it was added with. */
export interface NamedHook {
  name: string;
  callback: (this: TransformContext, content: string, ...paths: string[]) => unknown;
}

/**
 * Runs the linters, then each transform in order on one page, as Eleventy does for its own
 * templates; a throw, a rejection or a result that is not text stops with a `[zixun]` line naming
 * the transform and the page. `warn` hears of a transform that emptied the page.
 */
export async function runTransforms(
  content: string,
  context: TransformContext,
  hooks: { transforms: readonly NamedHook[]; linters: readonly NamedHook[] },
  warn: (problem: ContentProblem) => void,
): Promise<string> {
  const { inputPath, outputPath } = context;
  const where = `${inputPath} (${outputPath})`;
  for (const { name, callback } of hooks.linters) {
    try {
      await callback.call(context, content, inputPath, outputPath);
    } catch (error) {
      throw new Error(`[zixun] ${where}: linter "${name}" failed: ${messageOf(error)}`, {
        cause: error,
      });
    }
  }
  let html = content;
  for (const { name, callback } of hooks.transforms) {
    let result: unknown;
    try {
      result = await callback.call(context, html, outputPath);
    } catch (error) {
      throw new Error(
        `[zixun] ${where}: transform "${name}" failed: ${messageOf(error)}; expected it to return the page's HTML`,
        { cause: error },
      );
    }
    if (typeof result !== 'string') {
      throw new Error(
        `[zixun] ${where}: transform "${name}" returned ${describe(result)}; expected the page's HTML as a string`,
      );
    }
    if (html !== '' && result === '') {
      warn({
        file: inputPath,
        field: `transform "${name}"`,
        message: `returned an empty page for ${outputPath}; expected the page's HTML (said once per transform)`,
        severity: 'warning',
      });
    }
    html = result;
  }
  return html;
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? '';
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Buffer.isBuffer(value)) return 'a Buffer';
  return `a ${typeof value}`;
}
