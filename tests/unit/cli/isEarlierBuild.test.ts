import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isEarlierBuild } from '../../../src/cli/isEarlierBuild.js';
import { readOutputMarker } from '../../../src/cli/readOutputMarker.js';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'zixun-earlier-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const index = "<script>localStorage.getItem('zixun:scheme')</script>";

describe('isEarlierBuild', () => {
  it('accepts a folder with the marker', () => {
    const dir = folder({ '.zixun-build.json': '{"generator":"zixun","state":"complete"}' });
    expect(isEarlierBuild(dir)).toBe(true);
    expect(readOutputMarker(dir)).toEqual({ generator: 'zixun', state: 'complete' });
  });

  it('accepts a build from before the marker by its index.html, 404.html and sitemap.xml', () => {
    expect(isEarlierBuild(folder({ 'index.html': index, '404.html': '', 'sitemap.xml': '' }))).toBe(
      true,
    );
  });

  it.each([
    ['a marker of another tool', { '.zixun-build.json': '{"generator":"hugo","pid":7}' }],
    [
      'a marker of a build without its pid',
      { '.zixun-build.json': '{"generator":"zixun","state":"building"}' },
    ],
    ['a damaged marker', { '.zixun-build.json': '{"generator":"zix' }],
    [
      'an index.html of another site',
      { 'index.html': '<h1>hi</h1>', '404.html': '', 'sitemap.xml': '' },
    ],
    ['no sitemap', { 'index.html': index, '404.html': '' }],
    ['nothing', {}],
  ])('refuses %s', (_, files) => {
    expect(isEarlierBuild(folder(files))).toBe(false);
  });
});
