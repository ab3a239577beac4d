import { load, CORE_SCHEMA } from 'js-yaml';
import { describeValue } from './describeValue.js';
import type { ContentProblem } from './contentProblem.js';

/** Front matter and body of one article file, or the one problem that stops reading it. */
export type SplitResult =
  | { ok: true; data: Record<string, unknown>; body: string }
  | { ok: false; problem: ContentProblem };

const FENCE = /^---[ \t]*$/;

/**
 * Splits `---` front matter from the body and parses it as YAML.
 * CORE_SCHEMA has no timestamp type, so `date: 2024-05-28 06:30:01` stays a string and is read
 * in the site's time zone instead of being shifted to UTC by YAML.
 */
export function splitFrontMatter(text: string, file: string): SplitResult {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const normalized = withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
  // Only the front matter is cut into lines: the body is sliced off whole, not split and rejoined.
  const firstEnd = normalized.indexOf('\n');
  if (!FENCE.test(firstEnd === -1 ? normalized : normalized.slice(0, firstEnd))) {
    return fail(file, 'front matter', 'found no front matter; expected the file to start with a "---" line, then fields such as title: and date:, then "---"');
  }
  let closeStart = -1;
  let closeEnd = firstEnd;
  while (closeEnd !== -1) {
    const lineStart = closeEnd + 1;
    closeEnd = normalized.indexOf('\n', lineStart);
    if (FENCE.test(normalized.slice(lineStart, closeEnd === -1 ? undefined : closeEnd))) {
      closeStart = lineStart;
      break;
    }
  }
  if (closeStart === -1) {
    return fail(file, 'front matter', 'found an opening "---" but no closing "---"; expected the front matter to end with a "---" line');
  }
  let data: unknown;
  try {
    data = load(normalized.slice(firstEnd + 1, closeStart - 1), { schema: CORE_SCHEMA });
  } catch (error) {
    const yamlError = error as { reason?: string; mark?: { line: number }; message: string };
    // The YAML starts on the file's second line, and js-yaml counts lines from 0.
    const line = yamlError.mark ? yamlError.mark.line + 2 : undefined;
    const where = line === undefined ? '' : ` at line ${line}`;
    return fail(file, 'front matter', `is not valid YAML${where}: ${yamlError.reason ?? yamlError.message}`);
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return fail(file, 'front matter', `found ${describeValue(data)}; expected fields such as "title: …" and "date: …"`);
  }
  const body = closeEnd === -1 ? '' : normalized.slice(closeEnd + 1);
  return { ok: true, data: data as Record<string, unknown>, body };
}

function fail(file: string, field: string, message: string): SplitResult {
  return { ok: false, problem: { file, field, message, severity: 'error' } };
}
