import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The baseline: the corpus's markdown files as ordinary Eleventy templates, wrapped in one
// virtual Nunjucks layout, with Eleventy's defaults otherwise (keywords stay plain data, not tags).
const CONFIG = `export default function (eleventyConfig) {
  eleventyConfig.addTemplate(
    '_includes/plain.njk',
    '<!doctype html>\\n<html lang="zh-CN">\\n<head><meta charset="utf-8"><title>{{ title }}</title></head>\\n' +
      '<body>\\n<h1>{{ title }}</h1>\\n{{ content | safe }}\\n</body>\\n</html>\\n',
  );
  eleventyConfig.addGlobalData('layout', 'plain.njk');
}
`;

/** Writes the plain Eleventy config into `dir` and returns its path. */
export function writePlainBaseline(dir) {
  mkdirSync(dir, { recursive: true });
  const configPath = join(dir, 'eleventy.config.mjs');
  writeFileSync(configPath, CONFIG);
  return configPath;
}
