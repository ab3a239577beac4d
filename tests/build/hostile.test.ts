import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, fixture, runBuild, type BuildResult } from '../support/buildFixture.js';

/** Everything a browser could execute from a page: script elements, event handlers and script URLs. */
function executable($: CheerioAPI): string[] {
  const found: string[] = [];
  $('*').each((_, element) => {
    if (!('attribs' in element)) return;
    for (const [name, value] of Object.entries(element.attribs)) {
      if (name.startsWith('on')) found.push(`${element.name} ${name}`);
      if (/^\s*(javascript|vbscript|data:text)/i.test(value))
        found.push(`${element.name} ${name}=${value}`);
    }
    if (element.name === 'script') {
      const kind = element.attribs.type ?? (element.attribs.src ? 'src' : 'inline');
      found.push(`script ${kind}`);
    }
  });
  return found;
}

describe('hostile content that must build safely', () => {
  let build: BuildResult;
  beforeAll(async () => {
    const site = copyFixture('hostile-ok');
    // A 5 MB article, generated here rather than checked in.
    const paragraph = '这是一段用于压力测试的正文，包含 English words 与数字 2024。'.repeat(40);
    const body = Array.from({ length: 1700 }, (_, i) => `## 第${i}节\n\n${paragraph}\n`).join('\n');
    writeFileSync(
      join(site, 'articles/huge.md'),
      `---\ntitle: 五兆字节\ndate: 2024-05-05 08:00:00\n---\n\n${body}`,
    );
    expect(statSync(join(site, 'articles/huge.md')).size).toBeGreaterThan(5_000_000);
    build = await runBuild(site);
    expect(build.code, build.output).toBe(0);
  });

  it('leaves no executable markup on any page: only our own three scripts', () => {
    for (const file of readdirSync(build.outDir, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.html')) continue;
      const found = executable(build.page(`/${file}`));
      // Our own: the inline theme bootstrap, JSON-LD data (never executed) and fingerprinted scripts.
      expect(
        found.filter((s) => !/^script (inline|application\/ld\+json|src)$/.test(s)),
        file,
      ).toEqual([]);
      expect(found.filter((s) => s === 'script inline').length, file).toBe(1);
    }
  });

  it('shows every hostile field as text', () => {
    const $ = build.page('/2024/05/01/fields/index.html');
    expect($('h1').text()).toBe('<img src=x onerror=alert(1)><script>alert("t")</script>');
    expect($('.meta__source').text()).toBe('来源：<a href="javascript:alert(2)">来源</a>');
    expect($('.meta__source a').attr('href')).toBe('https://example.com/?a=1&b=%3C2%3E');
    expect($('.article__lead img').attr('alt')).toBe('"><img src=x onerror=alert(8)>');
    expect(
      $('.article__body a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['https://safe.example.com/auto']);
    expect($('.article__body img').length).toBe(0);
  });

  it('merges a keyword written in NFC (BOM + CRLF file) and NFD into one page', () => {
    const $ = build.page('/tags/café/index.html');
    expect($('.list-header__meta').text()).toContain('共 2 篇文章');
    expect(build.page('/2024/05/02/bom-crlf/index.html')('h1').text()).toBe('BOM 与 CRLF');
  });

  it('builds an article with 500 keywords, each with its page', () => {
    expect(build.page('/2024/05/04/many-keywords/index.html')('.keywords a').length).toBe(500);
    expect(existsSync(join(build.outDir, 'tags/关键词499/index.html'))).toBe(true);
  });

  it('warns about empty keywords instead of making a page for them', () => {
    expect(build.output).toContain(`nfd.md: keywords: keyword 2 is empty; remove it or fill it in`);
    expect(build.output).toContain(`nfd.md: keywords: keyword 3 is empty; remove it or fill it in`);
  });

  it('renders the 5 MB article', () => {
    const $ = build.page('/2024/05/05/huge/index.html');
    expect($('.article__body h2').length).toBe(1700);
    expect($('.article__body h2').last().attr('id')).toBe('第1699节');
  });
});

describe('broken content', () => {
  it('fails with one clear line per problem, naming file and field, and no stack trace', async () => {
    const build = await runBuild(fixture('hostile-broken'));
    expect(build.code).toBe(1);
    const dir = 'tests/build/fixtures/hostile-broken';
    const lines = build.output
      .trim()
      .split('\n')
      .filter((line) => line.startsWith(`[zixun] ${dir}/articles/`))
      .map((line) => line.slice(`[zixun] ${dir}/articles/`.length));
    expect(lines).toEqual([
      'broken-yaml.md: front matter: is not valid YAML at line 5: missed comma between flow collection entries',
      'date-1969.md: date: "1969-12-31 23:00:00" is out of range (expected a year between 1970 and 2100)',
      'date-2101.md: date: "2101-01-01" is out of range (expected a year between 1970 and 2100)',
      'date-feb30.md: date: "2024-02-30" is not a real date (February 2024 has 29 days)',
      'date-month13.md: date: "2024-13-01" is not a real date (months run from 01 to 12)',
      'date-tomorrow.md: date: "tomorrow" is not a date (expected e.g. 2024-05-28, 2024-05-28 14:30:01 or 2024-05-28T14:30:01+08:00)',
      `dup-a.md: permalink: "/same/" writes /same/index.html, but ${dir}/articles/dup-b.md writes that file too; expected a URL no other page or file uses (set a different permalink)`,
      'keyword-types.md: keywords[0]: found number 5; expected each keyword to be text; quote numbers like "5G"',
      'keyword-types.md: keywords[1]: found boolean true; expected each keyword to be text; quote numbers like "5G"',
      'missing-image.md: image: found "/images/none.png", but no such file is in the content folder; expected a path like /images/a.jpg to a file under content/images/',
      'not-utf8.md: is not valid UTF-8 text; expected the file to be saved as UTF-8',
      'permalink-dotdot.md: permalink: found "/../../outside/"; expected a site path that starts with "/", ends with "/" or ".html", and has no "..", "\\" or "?#"',
      'permalink-url.md: permalink: found "https://evil.example.com/"; expected a site path that starts with "/", ends with "/" or ".html", and has no "..", "\\" or "?#"',
      'permalink-windows.md: permalink: found "C:\\\\\\\\Windows\\\\\\\\"; expected a site path that starts with "/", ends with "/" or ".html", and has no "..", "\\" or "?#"',
    ]);
    expect(build.output).not.toMatch(/\n\s+at /);
  });
});

describe('determinism and integrity', () => {
  it('two builds of the same content are byte-identical', async () => {
    const sample = join(fixture('basic'), '../../../../content');
    const [a, b] = [await runBuild(sample), await runBuild(sample)];
    expect(a.code).toBe(0);
    expect(treeDigest(a.outDir)).toBe(treeDigest(b.outDir));
  });

  it('a build killed half-way through writing leaves the previous output intact', async () => {
    const site = copyFixture('hostile-ok');
    const first = await runBuild(site);
    expect(first.code).toBe(0);
    const before = treeDigest(first.outDir);
    const child = spawn(process.execPath, [
      join(fixture('basic'), '../../../../dist/cli/build.js'),
      '--input',
      site,
      '--output',
      first.outDir,
    ]);
    const temporary = `${first.outDir}.tmp-${child.pid}`;
    // Kill as soon as the temporary output holds some pages, i.e. during the write phase.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(join(temporary, 'tags')) || child.exitCode !== null) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 5);
    });
    await new Promise((resolve) => child.once('exit', resolve));
    expect(treeDigest(first.outDir)).toBe(before);
    // The next build clears what the killed one left behind.
    const next = await runBuild(site, first.outDir);
    expect(next.code).toBe(0);
    expect(readdirSync(join(first.outDir, '..'))).toEqual(['_site']);
  });
});

function treeDigest(dir: string): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, file);
    hash.update(file);
    if (statSync(path).isFile()) hash.update(readFileSync(path));
  }
  return hash.digest('hex');
}
