import type { ProgressListener } from '../site/buildProgress.js';
import { lastSiteModel } from '../site/lastSiteModel.js';
import type { EleventyConfig } from './eleventyConfig.js';

/** When Eleventy reached each stage of a build (performance.now() ms), and how many outputs it has. */
export interface BuildStages {
  /** `eleventy.before`: config and plugins are loaded, the build starts. */
  before?: number;
  /** `eleventy.contentMap`: global data, pagination and permalinks are done; rendering starts. */
  contentMap?: number;
  /** `eleventy.after`: every output is written. */
  after?: number;
  /** Outputs in the content map (pages, feeds and assets). */
  outputs?: number;
  /** Zixun's data phases timed by then; a phase computed later, while rendering, is not in it. */
  dataMsBeforeRender?: number;
}

/**
 * Records Eleventy's stages for the build report and, when a listener is given, counts rendered
 * outputs for the progress line. Added by the build CLI only (with `--report` or on a terminal),
 * so a default build runs no extra transform.
 */
export function progressPlugin(
  eleventyConfig: EleventyConfig,
  stages: BuildStages,
  onProgress?: ProgressListener,
): void {
  eleventyConfig.on('eleventy.before', () => {
    stages.before = performance.now();
  });
  eleventyConfig.on('eleventy.contentMap', (map: { urlToInputPath: Record<string, unknown> }) => {
    stages.contentMap = performance.now();
    stages.outputs = Object.keys(map.urlToInputPath).length;
    const timings = lastSiteModel()?.timings ?? {};
    stages.dataMsBeforeRender = Object.values(timings).reduce((sum, ms) => sum + ms, 0);
  });
  eleventyConfig.on('eleventy.after', () => {
    stages.after = performance.now();
  });
  if (onProgress) {
    let rendered = 0;
    // A transform is the one per-output hook Eleventy 3 offers; this one returns the page untouched.
    eleventyConfig.addTransform('zixunProgress', (content: string) => {
      onProgress('writing pages', ++rendered, stages.outputs);
      return content;
    });
  }
}
