import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/content/contentProblem.js';
import { claimKey, outputClaims, type OutputClaim } from '../../../src/site/outputClaims.js';

const expected = 'a URL no other page or file uses';

/** An article's page at `url`, from content/articles/<name>.md. */
function article(name: string, url: string): OutputClaim {
  const file = `content/articles/${name}.md`;
  return {
    path: url,
    source: file,
    kind: 'content',
    blame: { file, field: 'permalink', what: `"${url}"`, expected },
  };
}

const feed: OutputClaim = { path: '/feed.xml', source: "the site's Atom feed", kind: 'site' };
const home: OutputClaim = { path: '/', source: 'the home page', kind: 'site' };
const tagsFolder: OutputClaim = { path: '/tags/', source: 'keyword pages', kind: 'folder' };
const keywordIndex: OutputClaim = { path: '/tags/', source: 'the keyword index', kind: 'site' };

const lines = (claims: OutputClaim[]) => outputClaims(claims).map(formatProblem);

describe('outputClaims', () => {
  it('accepts a site where every file has one writer', () => {
    expect(
      lines([
        home,
        feed,
        tagsFolder,
        keywordIndex,
        article('a', '/2024/05/28/a/'),
        article('b', '/about.html'),
      ]),
    ).toEqual([]);
  });

  it('treats /a/ and /a/index.html as one file', () => {
    expect(lines([home, article('a', '/index.html')])).toEqual([
      `[zixun] content/articles/a.md: permalink: "/index.html" writes /index.html, but the home page writes that file too; expected ${expected}`,
    ]);
  });

  it('names both articles when two write one file, blaming the later claim', () => {
    expect(lines([article('a', '/x/'), article('b', '/x/index.html')])).toEqual([
      `[zixun] content/articles/b.md: permalink: "/x/index.html" writes /x/index.html, but content/articles/a.md writes that file too; expected ${expected}`,
    ]);
  });

  it('reports the article, not the site, whichever comes first', () => {
    expect(lines([article('a', '/tags/'), keywordIndex])).toEqual([
      `[zixun] content/articles/a.md: permalink: "/tags/" writes /tags/index.html, but the keyword index writes that file too; expected ${expected}`,
    ]);
  });

  it('reports a page under a path that is a file', () => {
    expect(lines([feed, article('a', '/feed.xml/')])).toEqual([
      `[zixun] content/articles/a.md: permalink: "/feed.xml/" writes /feed.xml/index.html, but the site's Atom feed is the file /feed.xml; expected ${expected}`,
    ]);
  });

  it('reports a file that another claim needs as a folder, from either side', () => {
    const keywordPage: OutputClaim = {
      path: '/x.html/',
      source: 'the keyword page "x.html"',
      kind: 'site',
    };
    expect(lines([keywordPage, article('a', '/x.html')])).toEqual([
      `[zixun] content/articles/a.md: permalink: "/x.html" writes /x.html, but the keyword page "x.html" writes /x.html/index.html, which needs it to be a folder; expected ${expected}`,
    ]);
    expect(lines([article('a', '/x.html'), article('b', '/x.html/deeper/')])).toEqual([
      `[zixun] content/articles/b.md: permalink: "/x.html/deeper/" writes /x.html/deeper/index.html, but content/articles/a.md is the file /x.html; expected ${expected}`,
    ]);
  });

  it('keeps the folders the site reserves for its own files, but lets the site write there', () => {
    const keywordPage: OutputClaim = {
      path: '/tags/ai/',
      source: 'the keyword page "AI"',
      kind: 'site',
    };
    expect(lines([tagsFolder, keywordPage, article('a', '/tags/new/')])).toEqual([
      `[zixun] content/articles/a.md: permalink: "/tags/new/" writes /tags/new/index.html, but the site keeps /tags/ for keyword pages; expected ${expected}`,
    ]);
  });

  it('reports a keyword once, however many of its pages clash', () => {
    const blame = {
      file: 'content/articles/k.md',
      field: 'keywords',
      what: '"index.html" gets the page /tags/index.html/, which',
      expected: 'another slug',
    };
    const pages: OutputClaim[] = [
      '/tags/index.html/',
      '/tags/index.html/2/',
      '/tags/index.html/feed.xml',
    ].map((path) => ({ path, source: `keyword page ${path}`, kind: 'site', blame }));
    expect(lines([keywordIndex, ...pages])).toEqual([
      '[zixun] content/articles/k.md: keywords: "index.html" gets the page /tags/index.html/, which writes /tags/index.html/index.html, but the keyword index is the file /tags/index.html; expected another slug',
    ]);
  });

  it('compares paths as a case-insensitive file system stores them, and says so', () => {
    expect(lines([article('a', '/About/'), article('b', '/about//')])).toEqual([
      `[zixun] content/articles/b.md: permalink: "/about//" writes /about//index.html, but content/articles/a.md writes /About/index.html, the same file where case and Unicode form do not count (macOS, Windows); expected ${expected}`,
    ]);
  });

  it('gives problems in file order', () => {
    const problems = outputClaims([feed, home, article('z', '/'), article('m', '/feed.xml/')]);
    expect(problems.map((problem) => problem.file)).toEqual([
      'content/articles/m.md',
      'content/articles/z.md',
    ]);
  });

  it("throws when two of the site's own files clash, which no editor can fix", () => {
    expect(() => lines([feed, { ...feed, source: 'another feed' }])).toThrow(
      "[zixun] outputClaims: another feed (/feed.xml) and the site's Atom feed (/feed.xml) clash",
    );
  });
});

describe('claimKey', () => {
  it('folds case, Unicode form and doubled slashes', () => {
    expect(claimKey('/Caf\u0065\u0301//X.html')).toBe(claimKey('/caf\u00e9/x.html'));
    expect(claimKey('/资讯/ＡＩ/')).toBe('/资讯/ａｉ/');
    expect(claimKey('/ΣΟΦΙΑ/Київ/')).toBe('/σοφια/київ/');
    expect(claimKey('/か\u3099/')).toBe('/が/');
    expect(claimKey('/2024/05/28/马斯克与lecun/index.html')).toBe(
      '/2024/05/28/马斯克与lecun/index.html',
    );
  });
});
