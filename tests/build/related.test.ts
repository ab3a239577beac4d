import { beforeAll, describe, expect, it } from 'vitest';
import { makeSite, runBuild, type BuildResult } from '../support/buildFixture.js';

const articles: Record<string, [string, string[]]> = {
  a: ['2024-03-10', ['稀有', '常见']],
  b: ['2024-01-01', ['稀有']],
  c: ['2024-03-09', ['常见', '中等']],
  d: ['2024-03-12', ['常见']],
  e: ['2024-05-01', ['中等']],
  f1: ['2024-03-05', ['常见']],
  f2: ['2024-03-15', ['常见']],
  f3: ['2024-02-01', ['常见']],
  f4: ['2024-04-20', ['常见']],
  f5: ['2024-03-11', ['常见']],
  f6: ['2024-03-08', ['常见']],
};

let build: BuildResult;

beforeAll(async () => {
  const files = Object.fromEntries(
    Object.entries(articles).map(([name, [date, keywords]]) => [
      `${name}.md`,
      `---\ntitle: ${name}\ndate: ${date} 12:00:00\nkeywords: ${JSON.stringify(keywords)}\n---\n\n正文。\n`,
    ]),
  );
  build = await runBuild(makeSite(files));
  expect(build.code, build.output).toBe(0);
});

function related(name: string): string[] {
  const [date] = articles[name] as [string, string[]];
  const $ = build.page(`/${date.replaceAll('-', '/')}/${name}/index.html`);
  return $('.related li a')
    .map((_, a) => $(a).text())
    .get();
}

describe('相关文章 on a hand-checked set', () => {
  it('puts the article sharing the rare keyword first, then common-keyword ones by closeness in time, then URL', () => {
    // b shares 稀有 (2 articles); the rest share 常见 (9 articles). c and f5 are both 1 day away: c's URL sorts first.
    expect(related('a')).toEqual(['b', 'c', 'f5', 'f6', 'd', 'f1']);
  });

  it('fills with the nearest in time when fewer than six share a keyword, never itself', () => {
    // e shares 中等 only with c; the other five are its nearest neighbours in time (all older).
    expect(related('e')).toEqual(['c', 'f4', 'f2', 'd', 'f5', 'a']);
  });

  it('links previous (older) and next (newer) articles', () => {
    const $ = build.page('/2024/03/10/a/index.html');
    expect($('.article-nav__older').attr('href')).toBe('/2024/03/09/c/');
    expect($('.article-nav__newer').attr('href')).toBe('/2024/03/11/f5/');
  });
});
