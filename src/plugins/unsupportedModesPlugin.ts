import type { EleventyConfig } from './eleventyConfig.js';
import { incrementalFileProblem } from './incrementalFileProblem.js';

/** Stops the Eleventy modes Zixun cannot serve (`--to=json`, `--to=ndjson`, `--incremental=<file>`) with one `[zixun]` line before anything is built. */
export function unsupportedModesPlugin(eleventyConfig: EleventyConfig): void {
  const incremental = incrementalFileProblem(process.argv.slice(2), process.env.ELEVENTY_SOURCE);
  eleventyConfig.on('eleventy.before', (event: { outputMode?: string }) => {
    // Eleventy 3.1.8 would fail on its own with a stack trace: its one-file build cannot read
    // the virtual templates' engine (`templateRender` has not yet initialized).
    if (incremental) throw new Error(incremental);
    const mode = event.outputMode ?? 'fs';
    if (mode === 'fs') return;
    // Eleventy's results hold only its own templates, not the pages Zixun writes; and Eleventy
    // 3.1.8 cannot serialize an object-literal 11ty.js virtual template (its page.rawInput points
    // back at the template): https://github.com/11ty/eleventy/issues/3481
    throw new Error(
      `[zixun] --to=${mode} is not supported: article pages, list pages and keyword feeds are written by Zixun, not by Eleventy templates, so Eleventy's ${mode} output would leave them out; ` +
        'run `npm run build` (or `npx @11ty/eleventy`) and read the files in _site/, or `npx @11ty/eleventy --dryrun` to check the content without writing',
    );
  });
}
