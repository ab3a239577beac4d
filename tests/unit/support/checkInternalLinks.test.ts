import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkInternalLinks } from '../../support/checkInternalLinks.js';

const made: string[] = [];
afterAll(() => {
  for (const outDir of made) rmSync(outDir, { recursive: true, force: true });
});

// Writes a site folder from { 'path/in/site': content } and returns it.
function site(files: Record<string, string>): string {
  const outDir = mkdtempSync(join(tmpdir(), 'zixun-links-'));
  made.push(outDir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), content);
  }
  return outDir;
}

const page = (body: string) => `<!doctype html><html><body>${body}</body></html>`;

describe('checkInternalLinks', () => {
  it('reports missing pages and files and accepts every kind of good link', () => {
    const outDir = site({
      'index.html': page(
        [
          '<a href="/tags/ai/">good</a>',
          '<a href="/missing/">missing</a>',
          '<a href="/tags/%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD/">人工智能</a>',
          '<a href="/tags/人工智能/">unencoded</a>',
          '<a href="/tags/%E5%A4%A7%E6%A8%A1%E5%9E%8B/">missing Chinese</a>',
          '<a href="/tags/ai">folder without slash</a>',
          '<a href=/assets/site.css?v=3>query, unquoted</a>',
          '<a href="/search/?q=a&amp;page=2#results">entities</a>',
          '<a href="/bad%E4/">malformed</a>',
          '<a href="https://example.com/x/">external</a>',
          '<a href="mailto:a@example.com">mail</a>',
          '<img src="data:image/png;base64,AAAA">',
          '<script src="//cdn.example.com/x.js"></script>',
          '<img src="/img/a.png" srcset="/img/a.png 1x, /img/b.png 2x, /img/c,d.png 3x">',
          '<script>const a = \'<a href="/in-script/">\';</script>',
          '<!-- <a href="/in-comment/"> -->',
          "<p id='main'>text href=&quot;/in-text/&quot;</p>",
          '<a href="#main">skip</a>',
          '<a href="#">top</a>',
          '<a href="#nope">missing id</a>',
        ].join('\n'),
      ),
      'tags/ai/index.html': page(''),
      'tags/人工智能/index.html': page(''),
      'search/index.html': page(''),
      'assets/site.css': '',
      'img/a.png': '',
      'img/c,d.png': '',
    });
    expect(checkInternalLinks(outDir)).toEqual([
      '/index.html: href=/missing/ → no file',
      '/index.html: href=/tags/%E5%A4%A7%E6%A8%A1%E5%9E%8B/ → no file',
      '/index.html: href=/tags/ai → no file (a folder: link to /tags/ai/)',
      '/index.html: href=/bad%E4/ → malformed percent-encoding',
      '/index.html: srcset=/img/b.png → no file',
      '/index.html: href=#nope → no such id on the page',
    ]);
  });

  it('resolves relative links against the page, including ../', () => {
    const outDir = site({
      '2024/05/28/a/index.html': page(
        '<a href="../b/">sibling</a> <a href="../../../../tags/ai/">up</a> <img src="cover.png"> <a href="../missing/">x</a>',
      ),
      '2024/05/28/b/index.html': page(''),
      '2024/05/28/a/cover.png': '',
      'tags/ai/index.html': page(''),
    });
    expect(checkInternalLinks(outDir)).toEqual([
      '/2024/05/28/a/index.html: href=../missing/ → no file',
    ]);
  });

  it('strips the base path and reports links that leave it', () => {
    const outDir = site({
      'index.html': page(
        '<a href="/news/tags/ai/">good</a> <a href="/tags/ai/">outside</a> <a href="tags/ai/">relative</a> <a href="/news/">home</a> <a href="/news">home without slash</a>',
      ),
      'tags/ai/index.html': page('<a href="../../">home</a> <a href="../../../x/">above</a>'),
    });
    expect(checkInternalLinks(outDir, { basePath: '/news/' })).toEqual([
      '/index.html: href=/tags/ai/ → outside the base path /news/',
      '/index.html: href=/news → outside the base path /news/',
      '/tags/ai/index.html: href=../../../x/ → outside the base path /news/',
    ]);
    expect(checkInternalLinks(outDir, { basePath: '/news' })).toHaveLength(3);
  });

  it('finds nothing wrong in a site of 2,000 pages that link to each other', () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 2_000; index += 1) {
      const links = Array.from(
        { length: 30 },
        (_, offset) => `<a href="/p/${(index + offset) % 2_000}/">${offset}</a>`,
      );
      files[`p/${index}/index.html`] = page(links.join(''));
    }
    expect(checkInternalLinks(site(files))).toEqual([]);
  });
});
