// Thin on purpose: every part of Zixun is a compiled plugin in dist/ (`npm run build:ts`).
import { assertCompiled } from './scripts/assertCompiled.js';

assertCompiled(import.meta.dirname);
const { default: zixun } = await import('./dist/plugins/zixunPlugin.js');

// Plain `npx @11ty/eleventy` builds content/ into _site/ like `npm run build`; its --input and
// --output still win. Eleventy's API would let these folders override the ones a script passes,
// so the build CLI, which passes its own (a temporary output), is left to them.
export const config =
  process.env.ELEVENTY_SOURCE === 'cli' ? { dir: { input: 'content', output: '_site' } } : {};

export default function (eleventyConfig) {
  // Immediate, so the template formats it sets apply before Eleventy reads them.
  eleventyConfig.addPlugin(zixun, { immediate: true });
}
