import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/content/contentProblem.js';
import type { EleventyConfig } from '../../../src/plugins/eleventyConfig.js';
import { reportingConfig } from '../../../src/plugins/reportingConfig.js';

type Hook = (...args: unknown[]) => Promise<unknown>;

/** Just enough of Eleventy's config to register hooks and call them, as a script would run Eleventy. */
function fakeConfig() {
  const printed: { message: string; prefix?: string; type?: string; force?: boolean }[] = [];
  const hooks = new Map<string, Hook>();
  const templates = new Map<string, unknown>();
  const filters = new Map<string, (...args: unknown[]) => unknown>();
  const config = {
    directories: { input: 'content', output: '_site' },
    logger: { logWithOptions: (options: (typeof printed)[number]) => printed.push(options) },
    on: (event: string, callback: Hook) => hooks.set(event, callback),
    addGlobalData: (name: string, value: Hook) => hooks.set(name, value),
    addTemplate: (path: string, content: unknown) => templates.set(path, content),
    addFilter: (name: string, filter: (...args: unknown[]) => unknown) => filters.set(name, filter),
    setTemplateFormats(this: unknown, formats: string[]) {
      return [this, formats];
    },
  } as unknown as EleventyConfig;
  return { config, printed, hooks, templates, filters };
}

const saved = { ...process.env };
beforeEach(() => {
  process.env.ELEVENTY_SOURCE = 'script';
  process.env.ELEVENTY_RUN_MODE = 'build';
  delete process.env.ZIXUN_DEBUG;
});
afterEach(() => {
  process.env = { ...saved };
});

describe('reportingConfig', () => {
  const problem = new ContentError([
    { file: 'content/articles/b.md', field: 'date', message: 'is required', severity: 'error' },
  ]);

  it('prints a failing data function as [zixun] lines and hands Eleventy the error marked as reported', async () => {
    const { config, printed, hooks } = fakeConfig();
    reportingConfig(config).addGlobalData('zixun', () => Promise.reject(problem));
    const error = await hooks
      .get('zixun')?.()
      .catch((caught: unknown) => caught);
    expect(error).toBe(problem);
    expect(printed).toEqual([
      {
        message:
          'the build stopped: 1 problem in the content\ncontent/articles/b.md: date: is required',
        prefix: '[zixun]',
        type: 'error',
        force: true,
      },
    ]);
    expect(error).toMatchObject({ __errorAlreadyLogged: true, skipOriginalStack: true });
  });

  it('does the same for event handlers and template renders, printing each error once', async () => {
    const { config, printed, hooks, templates } = fakeConfig();
    const reporting = reportingConfig(config);
    const fault = new TypeError('boom');
    reporting.on('eleventy.after', () => {
      throw fault;
    });
    reporting.addTemplate('a.11ty.js', {
      data: { permalink: '/a/' },
      render: () => {
        throw fault;
      },
    });
    await expect(hooks.get('eleventy.after')?.()).rejects.toBe(fault);
    const template = templates.get('a.11ty.js') as { data: unknown; render: Hook };
    expect(template.data).toEqual({ permalink: '/a/' });
    await expect(template.render()).rejects.toBe(fault);
    expect(printed.map((entry) => entry.message)).toEqual([
      'the build failed: TypeError: boom\nthis is not a problem in the content; run again with ZIXUN_DEBUG=1 to see the stack trace',
    ]);
  });

  it('reports a failing filter at once, keeps it synchronous and hands the engine the error', () => {
    const { config, printed, filters } = fakeConfig();
    const fault = new Error(
      '[zixun] content/a.njk: formatDate: "x" is not a date; expected a Date',
    );
    reportingConfig(config).addFilter('formatDate', function (this: unknown, value: string) {
      if (value === 'x') throw fault;
      return [this, value];
    });
    const filter = filters.get('formatDate');
    const page = { page: { inputPath: './content/a.njk' } };
    expect(filter?.call(page, 'ok')).toEqual([page, 'ok']);
    expect(() => filter?.call(page, 'x')).toThrow(fault);
    expect(printed.map((entry) => entry.message)).toEqual([
      'content/a.njk: formatDate: "x" is not a date; expected a Date',
    ]);
    expect(fault).toMatchObject({ __errorAlreadyLogged: true });
  });

  it('passes every other call through to Eleventy’s config', () => {
    const { config } = fakeConfig();
    const reporting = reportingConfig(config);
    expect(reporting.setTemplateFormats(['11ty.js'])).toEqual([config, ['11ty.js']]);
    expect(reporting.directories.input).toBe('content');
  });
});
