import type { ContentProblem } from './contentProblem.js';
import { describeValue } from './describeValue.js';
import { eleventyKeyAdvice } from './eleventyKeyAdvice.js';
import { frontMatterSchema, knownFields, type FrontMatter } from './frontMatterSchema.js';

/** Validated front matter plus every problem found, so one run reports all of them. */
export interface ValidationResult {
  value?: FrontMatter;
  problems: ContentProblem[];
}

type Schema = ReturnType<typeof frontMatterSchema>;
const schemas = new Map<string, Schema>();

/** Checks one article's front matter against the contract; errors name the field, what was found and what is expected. */
export function validateFrontMatter(
  data: Record<string, unknown>,
  file: string,
  zone: string,
): ValidationResult {
  let schema = schemas.get(zone);
  if (!schema) {
    schema = frontMatterSchema(zone);
    schemas.set(zone, schema);
  }
  const problems: ContentProblem[] = [];
  for (const field of Object.keys(data)) {
    if (knownFields.includes(field)) continue;
    const advice = Object.hasOwn(eleventyKeyAdvice, field) ? eleventyKeyAdvice[field] : undefined;
    problems.push({
      file,
      field,
      message: advice
        ? `is an Eleventy setting, which articles ignore (they are not Eleventy templates): ${advice}`
        : `is not a known field and is ignored (known fields: ${knownFields.join(', ')})`,
      severity: 'warning',
    });
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return { value: parsed.data, problems };
  for (const issue of parsed.error.issues) {
    const field = formatPath(issue.path);
    const found = valueAt(data, issue.path);
    const message =
      found === undefined
        ? `is required; ${issue.message}`
        : issue.message.startsWith('"') || issue.message.startsWith('found')
          ? issue.message
          : `found ${describeValue(found)}; ${issue.message}`;
    problems.push({ file, field, message, severity: 'error' });
  }
  return { problems };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value === 'string' && key === 'url') continue;
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
