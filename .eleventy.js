// Thin on purpose: every part of Zixun is a compiled plugin in dist/ (run `npm run build:ts` first).
// Folders come from the command line (see package.json), so builds can target a temporary folder.
import zixun from './dist/plugins/zixunPlugin.js';

export default function (eleventyConfig) {
  // Immediate, so the template formats it sets apply before Eleventy reads them.
  eleventyConfig.addPlugin(zixun, { immediate: true });
}
