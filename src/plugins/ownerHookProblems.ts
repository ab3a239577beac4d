import type { ContentProblem } from '../content/contentProblem.js';
import type { NamedHook } from '../render/runTransforms.js';

/** The transforms and linters Zixun runs on its own pages. */
export interface OwnerHooks {
  transforms: NamedHook[];
  linters: NamedHook[];
}

/** What of Eleventy's config can be checked for hooks that cannot reach Zixun's pages. */
export interface HookFacts {
  preprocessors?: Record<string, { filter: unknown }>;
  urlTransforms?: unknown[];
  pathPrefix?: string;
  hasPlugin?(name: string): boolean;
}

const file = '.eleventy.js';

/**
 * What the owner added that cannot work on Zixun's own pages: errors stop the build, warnings name
 * what is skipped. A plugin is never skipped silently.
 */
export function ownerHookProblems(
  config: HookFacts,
  hooks: OwnerHooks | undefined,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [name, { filter }] of Object.entries(config.preprocessors ?? {})) {
    const extensions = Array.isArray(filter)
      ? filter.map(String)
      : typeof filter === 'string'
        ? filter.split(',')
        : [];
    if (extensions.some((extension) => ['md', '.md', '*'].includes(extension.trim()))) {
      problems.push({
        file,
        field: `preprocessor "${name}"`,
        message:
          'it is set for md files, but articles are not Eleventy templates and never reach it; expected a transform (addTransform), which sees every page',
        severity: 'warning',
      });
    }
  }
  if ((config.urlTransforms ?? []).length > 0) {
    problems.push({
      file,
      field: 'addUrlTransform',
      message: `found ${config.urlTransforms?.length} URL transform(s), which do not change the URLs of articles, list pages or keyword feeds; expected URLs from each article's permalink or date`,
      severity: 'warning',
    });
  }
  const prefix = config.pathPrefix ?? '/';
  if (hooks && prefix.replace(/^\/*|\/*$/g, '') !== '' && hasBase(config)) {
    problems.push({
      file,
      field: 'HtmlBasePlugin',
      message: `found the path prefix "${prefix}", which Zixun already puts in front of every link it writes, so HtmlBasePlugin would add it twice; expected HtmlBasePlugin without a path prefix (set "basePath" in site.json or --pathprefix alone)`,
      severity: 'error',
    });
  }
  return problems;
}

function hasBase(config: HookFacts): boolean {
  try {
    return config.hasPlugin?.('@11ty/eleventy/html-base-plugin') ?? false;
  } catch {
    return false;
  }
}
