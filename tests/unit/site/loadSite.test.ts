import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/content/contentProblem.js';
import { loadSite } from '../../../src/site/loadSite.js';
import { ReadCache } from '../../../src/site/readCache.js';
import { makeSite } from '../../support/buildFixture.js';

describe('loadSite', () => {
  it('reports a dangling link under images/ as a content problem in the dev server too', async () => {
    const site = makeSite({
      'a.md': '---\ntitle: 文章\ndate: 2024-05-28 06:30:01\n---\n\n正文。\n',
    });
    mkdirSync(join(site, 'images'));
    symlinkSync('missing.png', join(site, 'images/gone.png'));
    const loading = loadSite({ inputDir: site, cwd: site, preview: true, cache: new ReadCache() });
    await expect(loading).rejects.toThrow(ContentError);
    await expect(loading).rejects.toThrow(
      '[zixun] images/gone.png: file: is a link to "missing.png", which does not exist; expected a link to an existing file',
    );
  });
});
