import { posix } from 'node:path';
import { formatProblem, type ContentProblem } from '../content/contentProblem.js';
import { runTransforms, type NamedHook, type TransformContext } from '../render/runTransforms.js';
import type { PageTransform } from '../render/transformSink.js';
import type { SiteModel } from '../site/loadSite.js';
import { sitePath } from '../site/sitePath.js';
import type { EleventyConfig } from './eleventyConfig.js';
import { logLines } from './logLines.js';
import { ownerHookProblems, type HookFacts, type OwnerHooks } from './ownerHookProblems.js';

type Hook = NamedHook['callback'];

// Eleventy's own transforms, and the bundle plugin's, which change nothing on a page without bundles.
const idle = new Set([
  '@11ty/eleventy/html-transformer',
  '@11ty/eleventy-bundle',
  '@11ty/eleventy-bundle/delayed',
]);
// Counts Eleventy's outputs for the build CLI's progress line; Zixun's pages have their own count.
const zixunOwn = new Set(['zixunProgress']);

/** The parts of Eleventy's config, final at `eleventy.before`, that say what runs on each page. */
interface HookConfig extends HookFacts {
  transforms?: Record<string, Hook>;
  linters?: Record<string, Hook>;
  htmlTransformer?: {
    getCallbacks(extension: string, context: object): unknown[];
    getPlugins(extension: string): unknown[];
  };
}

/**
 * Finds, once the config is final, the transforms and linters the owner or a plugin added, and
 * runs them on Zixun's own pages as Eleventy runs them on its templates. With none, Zixun's pages
 * take the fast lane untouched. Also lists each article's markdown path in Eleventy's content map,
 * so `inputPathToUrl` finds articles.
 */
export function ownerTransforms(eleventyConfig: EleventyConfig): {
  forModel(model: SiteModel): PageTransform | undefined;
} {
  const config = eleventyConfig as EleventyConfig & HookConfig;
  let hooks: OwnerHooks | undefined;
  let model: SiteModel | undefined;
  let warnings: ContentProblem[] = [];
  let reported = '';
  // Transforms such as InputPathToUrl read Eleventy's content map, which comes after the site data.
  let mapped = deferred();
  eleventyConfig.on('eleventy.before', () => {
    // A build that failed before its content map must not hold the next one's pages.
    mapped.resolve();
    mapped = deferred();
    hooks = active(config);
    const problems = ownerHookProblems(config, hooks);
    const errors = problems.filter((problem) => problem.severity === 'error');
    if (errors.length > 0) throw new Error(errors.map(formatProblem).join('\n'));
    warnings = problems;
    // The dev server runs this on every rebuild; the same warnings once are enough.
    const lines = warnings.map(formatProblem);
    if (lines.join('\n') !== reported) logLines(eleventyConfig.logger, lines, 'warn');
    reported = lines.join('\n');
  });
  eleventyConfig.on(
    'eleventy.contentMap',
    ({ inputPathToUrl }: { inputPathToUrl: Record<string, string[]> }) => {
      const base = model?.settings.basePath ?? '/';
      for (const article of model?.articles ?? []) {
        inputPathToUrl[dotSlash(article.inputPath)] ??= [sitePath(base, article.url)];
      }
      mapped.resolve();
    },
  );
  return {
    forModel(next) {
      model = next;
      // The build CLI prints the model's warnings in its summary.
      next.warnings.push(...warnings);
      if (!hooks) return undefined;
      const { transforms, linters } = hooks;
      const inputDir = eleventyConfig.directories.input;
      const basePath = next.settings.basePath;
      const ready = mapped.promise;
      const warned = new Set<string>();
      const warn = (problem: ContentProblem) => {
        if (warned.has(problem.field ?? '')) return;
        warned.add(problem.field ?? '');
        next.warnings.push(problem);
        logLines(eleventyConfig.logger, [formatProblem(problem)], 'warn');
      };
      return async (content, source, file) => {
        await ready;
        const inputPath = source.virtual
          ? dotSlash(posix.join(inputDir, source.input))
          : dotSlash(source.input);
        const url = sitePath(basePath, source.path);
        const page = { inputPath, outputPath: file, url, outputFileExtension: extension(file) };
        const context: TransformContext = { inputPath, outputPath: file, url, page };
        return runTransforms(content, context, { transforms, linters }, warn);
      };
    },
  };
}

/** The transforms and linters to run on Zixun's pages, or undefined when none would change a page. */
function active(config: HookConfig): OwnerHooks | undefined {
  const transforms = named(config.transforms).filter(({ name }) => !zixunOwn.has(name));
  const linters = named(config.linters);
  const html = config.htmlTransformer;
  const htmlWork =
    html !== undefined && html.getCallbacks('html', {}).length + html.getPlugins('html').length > 0;
  const owned = transforms.some(({ name }) => !idle.has(name));
  return owned || htmlWork || linters.length > 0 ? { transforms, linters } : undefined;
}

function deferred(): { promise: Promise<void>; resolve(): void } {
  let resolve = () => undefined as void;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

function named(hooks: Record<string, Hook> | undefined): NamedHook[] {
  return Object.entries(hooks ?? {})
    .filter(([, callback]) => typeof callback === 'function')
    .map(([name, callback]) => ({ name, callback }));
}

function dotSlash(path: string): string {
  const posixPath = path.replaceAll('\\', '/');
  return posixPath.startsWith('/') || posixPath.startsWith('./') || posixPath.startsWith('../')
    ? posixPath
    : `./${posixPath}`;
}

function extension(file: string): string {
  return posix.extname(file).slice(1);
}
