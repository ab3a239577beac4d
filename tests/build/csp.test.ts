import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../src/security/securityHeaders.js';
import { catchAllHeaders } from '../support/catchAllHeaders.js';
import { fixture, makeSite, runBuild, type BuildResult } from '../support/buildFixture.js';

// The Content-Security-Policy of real builds: every page's meta policy and the host's header
// policy allow exactly the inline scripts the pages carry, and nothing in a page needs more.

const sample = fixture('../../../content');
const metaSelector = 'meta[http-equiv="Content-Security-Policy"]';

function htmlFiles(build: BuildResult): string[] {
  return readdirSync(build.outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file}`);
}

/** The `'sha256-…'` source of a script text, computed here independently of src/security. */
const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The hash sources a policy's script-src lists. */
const scriptHashes = (policy: string) =>
  /(?:^|; )script-src ([^;]*)/
    .exec(policy)?.[1]
    ?.split(' ')
    .filter((s) => s.startsWith("'sha")) ?? [];

describe('a production build of the sample site', () => {
  let build: BuildResult;
  beforeAll(async () => {
    build = await runBuild(sample);
    expect(build.code, build.output).toBe(0);
  });

  it('gives every page the same meta policy, right after the charset and before any script', () => {
    const pages = htmlFiles(build);
    expect(pages.length).toBeGreaterThan(40);
    const policies = new Set<string>();
    for (const path of pages) {
      const $ = build.page(path);
      expect($(metaSelector).length, path).toBe(1);
      expect($('head > *').eq(1).is(metaSelector), path).toBe(true);
      policies.add($(metaSelector).attr('content') ?? '');
    }
    expect(policies.size).toBe(1);
  });

  it('allows by hash exactly the inline scripts each page runs, and no other', () => {
    const policy = build.page('/index.html')(metaSelector).attr('content') ?? '';
    for (const path of htmlFiles(build)) {
      const $ = build.page(path);
      // JSON-LD is a data block: never executed, so CSP does not apply to it.
      const inline = $('script:not([src]):not([type="application/ld+json"])')
        .map((_, script) => $(script).html() ?? '')
        .get();
      expect(inline.length, path).toBe(1);
      expect(scriptHashes(policy), path).toEqual(inline.map(sha256));
    }
  });

  it('writes the same policy into _headers for every response, with frame-ancestors and the security headers', () => {
    const meta = build.page('/index.html')(metaSelector).attr('content') ?? '';
    expect(catchAllHeaders(build.read('/_headers'))).toEqual({
      'Content-Security-Policy': `${meta}; frame-ancestors 'none'`,
      ...securityHeaders,
    });
  });

  it('needs nothing the policy refuses: no inline styles, event handlers or javascript: URLs', () => {
    for (const path of htmlFiles(build)) {
      const $ = build.page(path);
      expect($('[style], style').length, path).toBe(0);
      const handlers = $('*')
        .get()
        .flatMap((el) =>
          'attribs' in el ? Object.keys(el.attribs).filter((name) => name.startsWith('on')) : [],
        );
      expect(handlers, path).toEqual([]);
      expect($('[href^="javascript:" i], [src^="javascript:" i]').length, path).toBe(0);
    }
  });
});

describe('an article with an aligned table and a data: image', () => {
  it('renders alignment as classes, so the page has no inline style', async () => {
    const site = makeSite({
      'table.md':
        '---\ntitle: 表格\ndate: 2024-05-01 08:00\n---\n\n| 型号 | 价格 |\n|:-:|--:|\n| A | ¥1 |\n\n![点](data:image/png;base64,iVBORw0KGgo=)\n',
    });
    const build = await runBuild(site);
    expect(build.code, build.output).toBe(0);
    const $ = build.page('/2024/05/01/table/index.html');
    expect($('th.align-center, td.align-center').length).toBe(2);
    expect($('th.align-right, td.align-right').length).toBe(2);
    expect($('[style]').length).toBe(0);
    expect($('.article__body img').attr('src')).toMatch(/^data:image\/png/);
  });
});

describe('other deploy modes', () => {
  it('under a sub-path, _headers sends the policy for the sub-path', async () => {
    const build = await runBuild(sample, undefined, { ZIXUN_BASE_PATH: '/news/' });
    expect(build.code, build.output).toBe(0);
    const meta = build.page('/index.html')(metaSelector).attr('content') ?? '';
    expect(meta).toContain("script-src 'self' 'sha256-");
    expect(catchAllHeaders(build.read('/_headers'), '/news/')['Content-Security-Policy']).toBe(
      `${meta}; frame-ancestors 'none'`,
    );
  });

  it('the portable build (file://) has no meta policy: what “self” means on file: differs by browser', async () => {
    const build = await runBuild(sample, undefined, { ZIXUN_PORTABLE: '1' });
    expect(build.code, build.output).toBe(0);
    for (const path of htmlFiles(build))
      expect(build.page(path)(metaSelector).length, path).toBe(0);
  });
});
