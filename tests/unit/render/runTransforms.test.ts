import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../../src/content/contentProblem.js';
import {
  runTransforms,
  type NamedHook,
  type TransformContext,
} from '../../../src/render/runTransforms.js';

const context: TransformContext = {
  inputPath: './content/articles/a.md',
  outputPath: '_site/2024/05/28/a/index.html',
  url: '/news/2024/05/28/a/',
  page: {
    inputPath: './content/articles/a.md',
    outputPath: '_site/2024/05/28/a/index.html',
    url: '/news/2024/05/28/a/',
  },
};
const none = { transforms: [], linters: [] };

describe('runTransforms', () => {
  it('runs the transforms in order, awaiting each, with the page as this and the output path', async () => {
    const seen: string[] = [];
    const transforms: NamedHook[] = [
      {
        name: 'first',
        async callback(content, outputPath) {
          await new Promise((resolve) => setTimeout(resolve, 2));
          seen.push(`${this.url} ${this.page.inputPath} ${outputPath}`);
          return `${content}1`;
        },
      },
      { name: 'second', callback: (content) => `${content}2` },
    ];
    const html = await runTransforms('<p>', context, { transforms, linters: [] }, () => undefined);
    expect(html).toBe('<p>12');
    expect(seen).toEqual([
      '/news/2024/05/28/a/ ./content/articles/a.md _site/2024/05/28/a/index.html',
    ]);
  });

  it('runs the linters first, on the untransformed page, with input and output paths', async () => {
    const order: string[] = [];
    const hooks = {
      linters: [
        {
          name: 'lint',
          callback(content: string, inputPath?: string, outputPath?: string) {
            order.push(`lint ${content} ${inputPath} ${outputPath}`);
          },
        },
      ],
      transforms: [
        {
          name: 'up',
          callback: (content: string) => {
            order.push('transform');
            return content.toUpperCase();
          },
        },
      ],
    };
    expect(await runTransforms('<p>', context, hooks, () => undefined)).toBe('<P>');
    expect(order).toEqual([
      'lint <p> ./content/articles/a.md _site/2024/05/28/a/index.html',
      'transform',
    ]);
  });

  it('names the transform and the page when one throws or rejects', async () => {
    for (const callback of [
      () => {
        throw new Error('炸了\nsecond line');
      },
      () => Promise.reject(new Error('炸了')),
    ]) {
      const run = runTransforms(
        '<p>',
        context,
        { ...none, transforms: [{ name: 'boom', callback }] },
        () => undefined,
      );
      await expect(run).rejects.toThrow(
        `[zixun] ./content/articles/a.md (_site/2024/05/28/a/index.html): transform "boom" failed: 炸了; expected it to return the page's HTML`,
      );
    }
  });

  it('names a linter that throws', async () => {
    const linters = [{ name: 'strict', callback: () => Promise.reject(new Error('没有标题')) }];
    await expect(
      runTransforms('<p>', context, { ...none, linters }, () => undefined),
    ).rejects.toThrow(
      '[zixun] ./content/articles/a.md (_site/2024/05/28/a/index.html): linter "strict" failed: 没有标题',
    );
  });

  it('stops on a result that is not text', async () => {
    for (const [value, said] of [
      [undefined, 'undefined'],
      [null, 'null'],
      [42, 'a number'],
      [Buffer.from('x'), 'a Buffer'],
    ] as const) {
      const transforms = [{ name: 'odd', callback: () => value }];
      await expect(
        runTransforms('<p>', context, { ...none, transforms }, () => undefined),
      ).rejects.toThrow(`transform "odd" returned ${said}; expected the page's HTML as a string`);
    }
  });

  it('warns when a transform empties a page, and keeps the empty page', async () => {
    const warnings: ContentProblem[] = [];
    const transforms = [{ name: 'blank', callback: () => '' }];
    const html = await runTransforms('<p>', context, { ...none, transforms }, (problem) =>
      warnings.push(problem),
    );
    expect(html).toBe('');
    expect(warnings).toEqual([
      {
        file: './content/articles/a.md',
        field: 'transform "blank"',
        message:
          "returned an empty page for _site/2024/05/28/a/index.html; expected the page's HTML (said once per transform)",
        severity: 'warning',
      },
    ]);
  });
});
