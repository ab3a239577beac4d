import { readFileSync } from 'node:fs';
import { ContentError } from '../content/contentProblem.js';
import { describeValue } from '../content/describeValue.js';
import { normalizeBasePath } from './normalizeBasePath.js';
import { siteSettingsSchema, type SiteSettings } from './siteSettings.js';

/** Environment variables a deploy can set without editing the settings file. */
export interface SettingsEnvironment {
  ZIXUN_URL?: string;
  ZIXUN_BASE_PATH?: string;
  /** "1" builds the portable (file://) site; set by `npm run build:portable`. */
  ZIXUN_PORTABLE?: string;
}

/** Reads and validates site.json, then applies ZIXUN_URL / ZIXUN_BASE_PATH so one content tree deploys anywhere. */
export function loadSiteSettings(
  file: string,
  displayPath: string,
  env: SettingsEnvironment = process.env,
): SiteSettings {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file is missing' : String(error);
    throw new ContentError([
      {
        file: displayPath,
        message: `could not read the site settings: ${reason} (expected a JSON object with at least "title" and "url")`,
        severity: 'error',
      },
    ]);
  }
  const overridden = applyEnvironment(raw, env);
  // Every field is checked in one pass, so an editor sees every bad setting in one run.
  const parsed = siteSettingsSchema.safeParse(overridden);
  if (!parsed.success) {
    throw new ContentError(
      parsed.error.issues.map((issue) => ({
        file: displayPath,
        field: formatPath(issue.path),
        message: `found ${describeValue(valueAt(overridden, issue.path))}; ${issue.message}`,
        severity: 'error',
      })),
    );
  }
  const settings = parsed.data;
  // A url with a path ("https://example.com/news/") means the site lives under that sub-path.
  const { origin, pathname } = new URL(settings.url);
  const basePath = settings.basePath === '/' && pathname !== '/' ? pathname : settings.basePath;
  return {
    ...settings,
    url: origin,
    basePath: normalizeBasePath(basePath),
    portable: env.ZIXUN_PORTABLE === '1',
  };
}

function applyEnvironment(raw: unknown, env: SettingsEnvironment): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const copy: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  if (env.ZIXUN_URL) copy.url = env.ZIXUN_URL;
  if (env.ZIXUN_BASE_PATH) copy.basePath = env.ZIXUN_BASE_PATH;
  return copy;
}

/** `nav[2].url`, as front-matter fields are written. */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
