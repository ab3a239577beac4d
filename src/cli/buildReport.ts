import type { BuildStages } from '../plugins/progressPlugin.js';
import type { SiteModel } from '../site/loadSite.js';

/** What `build.js --report <file>` writes: counts, where the time went (ms) and peak memory. */
export interface BuildReport {
  articles: number;
  /** HTML pages and all files written (`npm run bench` weighs the output itself). */
  pages: number;
  files: number;
  warnings: number;
  /**
   * `total` is the whole build. It splits into: `eleventyStart` (config and plugins), the data
   * `phases` timed before rendering (Zixun's loadSite, inside Eleventy's global data),
   * `eleventyPrepare` (the rest until the content map: pagination, permalinks, data cascade; 0
   * when reading, which starts during Eleventy's start-up, took longer than this whole stretch),
   * `eleventyRender` (render and write every output, including data phases computed while rendering,
   * if any) and `finish` (waiting on `eleventy.after` for the build threads' page writes and for
   * other plugins' work such as writing the search shards, then counting the output and swapping
   * it in).
   */
  ms: Record<'total' | 'eleventyStart' | 'eleventyPrepare' | 'eleventyRender' | 'finish', number>;
  /** Zixun's data phases in ms, from SiteModel.timings: validate, keywords, lists, … */
  phases: Record<string, number>;
  /** Peak resident memory of the build process, from getrusage. */
  maxRssKb: number;
  cpuUserMs: number;
  cpuSystemMs: number;
}

/** Turns the build's timestamps (performance.now() ms) and model into the report. */
export function buildReport(input: {
  started: number;
  finished: number;
  stages: BuildStages;
  output: { pages: number; files: number };
  model: SiteModel | undefined;
}): BuildReport {
  const { started, finished, stages, output, model } = input;
  const phases = model?.timings ?? {};
  const dataMs = stages.dataMsBeforeRender ?? 0;
  const before = stages.before ?? started;
  const contentMap = stages.contentMap ?? before;
  const after = stages.after ?? contentMap;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const usage = process.resourceUsage();
  return {
    articles: model?.articles.length ?? 0,
    ...output,
    warnings: model?.warnings.filter((problem) => problem.severity === 'warning').length ?? 0,
    ms: {
      total: round(finished - started),
      eleventyStart: round(before - started),
      // A one-off build starts reading before Eleventy's start-up ends, so the data phases can
      // exceed the time between `eleventy.before` and the content map.
      eleventyPrepare: round(Math.max(0, contentMap - before - dataMs)),
      eleventyRender: round(after - contentMap),
      finish: round(finished - after),
    },
    phases: Object.fromEntries(Object.entries(phases).map(([name, ms]) => [name, round(ms)])),
    maxRssKb: usage.maxRSS,
    cpuUserMs: round(usage.userCPUTime / 1000),
    cpuSystemMs: round(usage.systemCPUTime / 1000),
  };
}
