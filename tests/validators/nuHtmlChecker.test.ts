import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSites, type ValidatorSites } from './support/buildSites.js';
import { listFiles } from './support/listFiles.js';
import { runVnu, type VnuMessage, type VnuReport } from './support/runVnu.js';

// The Nu Html Checker (https://validator.github.io/validator/) judges every HTML page of the
// sample site and of the generated corpus, in one run (one JVM start) for both builds. A page
// with known mistakes rides along, to show the run really reports errors.
let sites: ValidatorSites;
let pages: string[];
let knownBad: string;
let report: VnuReport;
const onPage = (file: string) => (message: VnuMessage) => fileOf(message) === file;

beforeAll(async () => {
  sites = await buildSites();
  pages = [...listFiles(sites.sample.outDir, '.html'), ...listFiles(sites.corpus.outDir, '.html')];
  knownBad = join(sites.scratch, 'known-bad.html');
  writeFileSync(
    knownBad,
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>坏</title></head>' +
      '<body><p id="a">一</p><p id="a">二</p><img src="a.png"></body></html>\n',
  );
  report = await runVnu([...pages, knownBad]);
  const warnings = report.messages.filter(
    (message) => message.type === 'info' && !onPage(knownBad)(message),
  );
  if (warnings.length > 0) console.warn(`vnu ${report.version} warnings:\n${readable(warnings)}`);
}, 240_000);
afterAll(() => sites?.remove());

describe('Nu Html Checker', () => {
  it('checks every page of both builds', () => {
    expect(pages.filter((page) => page.startsWith(sites.sample.outDir)).length).toBeGreaterThan(40);
    // Articles, and several pages of every list: home, keywords, archive months.
    expect(pages.length).toBeGreaterThan(sites.sampleArticles + sites.corpusArticles + 300);
    expect(new Set(report.checked)).toEqual(new Set([...pages, knownBad]));
  });

  it('reports the errors of a page with known mistakes (duplicate id, image without alt)', () => {
    const errors = report.messages.filter(onPage(knownBad)).filter((m) => m.type === 'error');
    expect(errors.map((error) => error.message).join('\n')).toMatch(/Duplicate ID “a”/);
    expect(errors.map((error) => error.message).join('\n')).toMatch(/“img” element must have/);
  });

  it('finds no errors on any page of the sample site or the generated corpus', () => {
    const errors = report.messages.filter(
      (message) => message.type !== 'info' && !onPage(knownBad)(message),
    );
    expect(errors, readable(errors)).toEqual([]);
  });
});

function fileOf(message: VnuMessage): string {
  return decodeURI((message.url ?? '').replace(/^file:/, ''));
}

// `corpus /2024/05/28/a/index.html:74:27 error: …`, then the extract with ⏎ for line breaks.
function readable(messages: readonly VnuMessage[]): string {
  const roots = { sample: sites.sample.outDir, corpus: sites.corpus.outDir };
  return messages
    .map((message) => {
      const file = fileOf(message);
      const site = Object.entries(roots).find(([, dir]) => file.startsWith(dir));
      const where = site === undefined ? file : `${site[0]} /${relative(site[1], file)}`;
      const line = `${message.lastLine ?? '?'}:${message.firstColumn ?? message.lastColumn ?? '?'}`;
      const extract = message.extract?.replace(/\n/g, '⏎');
      return `${where}:${line} ${message.subType ?? message.type}: ${message.message}${
        extract === undefined ? '' : `\n    ${extract}`
      }`;
    })
    .join('\n');
}
