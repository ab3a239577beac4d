import { describe, expect, it } from 'vitest';
import { collectSink, type RenderedPage } from '../../../src/render/collectSink.js';
import type { PageSource } from '../../../src/render/pageSink.js';
import { transformSink } from '../../../src/render/transformSink.js';

const source: PageSource = { path: '/a/', input: 'content/articles/a.md', virtual: false };

describe('transformSink', () => {
  it('writes each page as the transform returns it, with its source', async () => {
    const pages: RenderedPage[] = [];
    const seen: string[] = [];
    const sink = transformSink(collectSink(pages), async (content, from, file) => {
      seen.push(`${from.path} ${file}`);
      await Promise.resolve();
      return content.replace('</body>', '<!--t--></body>');
    });
    await sink.write('/out/a/index.html', '<body></body>', source);
    await sink.close();
    expect(pages).toEqual([
      { file: '/out/a/index.html', content: '<body><!--t--></body>', source },
    ]);
    expect(seen).toEqual(['/a/ /out/a/index.html']);
  });

  it('writes nothing for a page whose transform fails', async () => {
    const pages: RenderedPage[] = [];
    const sink = transformSink(collectSink(pages), () => Promise.reject(new Error('炸了')));
    await expect(sink.write('/out/a/index.html', '<p>', source)).rejects.toThrow('炸了');
    expect(pages).toEqual([]);
  });
});
