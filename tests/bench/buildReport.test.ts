import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/cli/buildReport.js';
import type { SiteModel } from '../../src/site/loadSite.js';
import { fixture } from '../support/buildFixture.js';

describe('buildReport', () => {
  it('splits the build into Eleventy stages around the data phases', () => {
    const model = {
      articles: [{}, {}, {}],
      warnings: [{ severity: 'warning' }, { severity: 'error' }],
      timings: { validate: 300, keywords: 50, lists: 25 },
    } as unknown as SiteModel;
    const report = buildReport({
      started: 1000,
      finished: 3000,
      stages: { before: 1200, contentMap: 1800, after: 2900, outputs: 12, dataMsBeforeRender: 375 },
      output: { pages: 10, files: 12 },
      model,
    });
    expect(report).toMatchObject({
      articles: 3,
      pages: 10,
      files: 12,
      warnings: 1,
      ms: {
        total: 2000,
        eleventyStart: 200,
        eleventyPrepare: 600 - 375,
        eleventyRender: 1100,
        finish: 100,
      },
      phases: { validate: 300, keywords: 50, lists: 25 },
    });
    expect(report.maxRssKb).toBeGreaterThan(0);
  });
});

describe('build.js --report', () => {
  it('writes the counts, stages and phases of a real build as JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zixun-report-'));
    const reportFile = join(dir, 'report.json');
    const cli = join(import.meta.dirname, '../../dist/cli/build.js');
    const run = promisify(execFile);
    await run(process.execPath, [
      cli,
      '--input',
      fixture('basic'),
      '--output',
      join(dir, '_site'),
      '--report',
      reportFile,
    ]);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
      articles: number;
      pages: number;
      phases: Record<string, number>;
      ms: Record<string, number>;
    };
    expect(report.articles).toBeGreaterThan(0);
    expect(report.pages).toBeGreaterThan(report.articles);
    expect(Object.keys(report.phases)).toEqual(
      expect.arrayContaining(['validate', 'keywords', 'lists', 'serviceWorker']),
    );
    expect(report.phases.serviceWorker).toBeGreaterThan(0);
    expect(report.ms.eleventyPrepare).toBeGreaterThanOrEqual(0);
    for (const stage of ['eleventyStart', 'eleventyRender', 'finish']) {
      expect(report.ms[stage], stage).toBeGreaterThan(0);
    }
    expect(report.ms.total).toBeGreaterThan(report.ms.eleventyRender ?? Infinity);
  });
});
