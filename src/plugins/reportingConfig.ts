import { findContentError } from '../cli/findContentError.js';
import type { EleventyConfig } from './eleventyConfig.js';
import { nextChange } from './nextChange.js';
import { reportFailure } from './reportFailure.js';

type Hook = (...args: never[]) => unknown;

/** The config the Zixun plugins register with: each data function, event handler, template render and filter reports its own failure. */
export function reportingConfig(eleventyConfig: EleventyConfig): EleventyConfig {
  // Reported as `[zixun]` lines, the same in `eleventy --serve`, the Eleventy CLI and the build
  // CLI, rather than left to Eleventy's error dump with its stack trace.
  const cli = process.env.ELEVENTY_SOURCE === 'cli';
  const runMode = process.env.ELEVENTY_RUN_MODE;
  const watching = runMode === 'serve' || runMode === 'watch';
  // Eleventy's dev server starts only after its first build succeeds, and exits if it fails.
  let started = false;
  eleventyConfig.on('eleventy.after', () => {
    started = true;
  });
  const fail = (error: unknown): Promise<never> => {
    reportFailure(eleventyConfig.logger, error);
    // The Eleventy CLI prints any error that ends it again, with its stack; ours is printed.
    if (cli && (!watching || !started)) return exitAfterOutput(1);
    // The dev server shows it and waits for the next save; the build CLI prints its summary.
    throw error;
  };
  const guard =
    <H extends Hook>(hook: H) =>
    async (...args: Parameters<H>): Promise<unknown> => {
      try {
        return await hook(...args);
      } catch (error) {
        return fail(error);
      }
    };
  const guardData =
    <H extends Hook>(hook: H) =>
    async (...args: Parameters<H>): Promise<unknown> => {
      for (;;) {
        try {
          return await hook(...args);
        } catch (error) {
          if (!(watching && !started && findContentError(error))) return fail(error);
          // Before its first build the dev server cannot show an error and go on: wait for a fix.
          reportFailure(eleventyConfig.logger, error);
          await nextChange(eleventyConfig.directories.input);
        }
      }
    };
  // A virtual template is a render function, or an object with one.
  const guardTemplate = (content: unknown): unknown => {
    if (typeof content === 'function') return guard(content as Hook);
    if (typeof content === 'object' && content !== null && 'render' in content) {
      const { render } = content;
      if (typeof render === 'function') return { ...content, render: guard(render as Hook) };
    }
    return content;
  };
  return new Proxy(eleventyConfig, {
    get(target, key) {
      if (key === 'on') {
        return (event: string, callback: Hook) => target.on(event, guard(callback));
      }
      if (key === 'addGlobalData') {
        return (name: string, value: unknown) =>
          target.addGlobalData(
            name,
            typeof value === 'function' ? guardData(value as Hook) : value,
          );
      }
      if (key === 'addFilter') {
        // Filters run synchronously inside template engines, which wrap what they throw: the
        // failure is reported here, with the template's own name, before Eleventy's report of it.
        return (name: string, filter: Hook) =>
          target.addFilter(name, function (this: unknown, ...args: never[]) {
            try {
              return filter.apply(this, args);
            } catch (error) {
              reportFailure(eleventyConfig.logger, error);
              if (cli && (!watching || !started)) void exitAfterOutput(1);
              throw error;
            }
          });
      }
      if (key === 'addTemplate') {
        return (path: string, content: unknown, data?: Record<string, unknown>) =>
          target.addTemplate(path, guardTemplate(content), data);
      }
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as Hook).bind(target) : value;
    },
  });
}

/** Exits once everything printed so far has been written (pipes are asynchronous on some systems). */
function exitAfterOutput(code: number): Promise<never> {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
  // Never settles: the build must not go on to Eleventy's own report.
  return new Promise<never>(() => undefined);
}
