import { ContentError } from '../content/contentProblem.js';
import { normalizeBasePath } from './normalizeBasePath.js';
import type { SiteSettings } from './siteSettings.js';

/** Settings with Eleventy's path prefix (`--pathprefix`) as the base path, the same as setting `basePath`. */
export function withPathPrefix(
  settings: SiteSettings,
  pathPrefix: string | undefined,
  settingsFile: string,
): SiteSettings {
  const prefix = normalizeBasePath(pathPrefix ?? '/');
  if (prefix === '/' || prefix === settings.basePath) return settings;
  // Two different sub-paths cannot both be right; guessing one would break every link.
  if (settings.basePath !== '/') {
    throw new ContentError([
      {
        file: settingsFile,
        field: 'basePath',
        message: `found "${settings.basePath}" (from site.json, its url or ZIXUN_BASE_PATH), but Eleventy's --pathprefix is "${prefix}"; expected one sub-path: the same in both, or only one of them set`,
        severity: 'error',
      },
    ]);
  }
  return { ...settings, basePath: prefix };
}
