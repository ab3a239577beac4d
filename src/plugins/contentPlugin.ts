import { join, relative } from 'node:path';
import type { MarkdownIt } from 'markdown-it';
import { findArticleFiles } from '../content/findArticleFiles.js';
import { reportProgress } from '../site/buildProgress.js';
import { rememberSiteModel } from '../site/lastSiteModel.js';
import { loadSite, type SiteModel } from '../site/loadSite.js';
import { displayPath } from '../site/displayPath.js';
import { loadSiteSettings } from '../site/loadSiteSettings.js';
import { ownerPageFormats } from '../site/ownerPageFormats.js';
import { pageMarkdown } from '../site/pageMarkdown.js';
import { ReadCache } from '../site/readCache.js';
import type { SiteSettings } from '../site/siteSettings.js';
import { withPathPrefix } from '../site/withPathPrefix.js';
import { sitePool, workerCount } from '../workers/sitePool.js';
import type { EleventyConfig } from './eleventyConfig.js';

/**
 * Loads, validates and indexes all articles once per build as the global `zixun` data.
 * Articles are read by Zixun rather than as Eleventy templates, so every article is checked
 * before any page is written, dates stay in the site's time zone, and no template engine
 * parses article bodies.
 */
export function contentPlugin(
  eleventyConfig: EleventyConfig,
  onModel: (model: SiteModel) => void | Promise<void>,
): SiteContent {
  const inputDir = eleventyConfig.directories.input;
  // Zixun's pages come from the plugins' virtual templates; an owner may add pages of their own in
  // any format Eleventy ships. Articles and images are read by Zixun, never as templates.
  eleventyConfig.setTemplateFormats([...ownerPageFormats]);
  // Relative to the working folder: Eleventy reads an absolute ignore as one under it.
  for (const folder of ['articles', 'images']) {
    eleventyConfig.ignores.add(`${relative(process.cwd(), join(inputDir, folder))}/**`);
  }
  // The dev server rebuilds on a saved article; Eleventy's defaults slow each rebuild: waiting for
  // the file to settle, and re-parsing the config's import tree (dist/), which only changes with a
  // restart of `npm start` anyway.
  eleventyConfig.setWatchJavaScriptDependencies(false);
  eleventyConfig.setChokidarConfig({
    awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 },
  });
  eleventyConfig.addWatchTarget(join(inputDir, 'articles/'));
  eleventyConfig.addWatchTarget(join(inputDir, '_data/'));
  // Only the dev server rebuilds in one process; it re-reads just the files that changed.
  const cache = new ReadCache();
  let pathPrefix: string | undefined;
  const load = (preview: boolean) =>
    loadSite({
      inputDir,
      preview,
      pathPrefix,
      onProgress: reportProgress,
      ...(preview ? { cache } : {}),
    });
  let early: Promise<SiteModel> | undefined;
  // Eleventy hands plugins its path prefix (`--pathprefix`) only in its second stage, once the
  // config file has run; a plugin added now runs then.
  eleventyConfig.addPlugin(function zixunPathPrefix(stage: { pathPrefix?: string }) {
    pathPrefix = stage.pathPrefix;
    // A one-off build starts reading now, while Eleventy is still starting up (BENCHMARKS.md); a
    // failure surfaces when Eleventy asks for the data, like any other.
    if (process.env.ELEVENTY_RUN_MODE === 'build') {
      early = load(false);
      early.catch(() => undefined);
    }
  });
  // The dev server starts its build threads now too, so their module loading overlaps Eleventy's.
  if (process.env.ELEVENTY_RUN_MODE !== 'build') {
    sitePool(workerCount(findArticleFiles(join(inputDir, 'articles')).files.length));
  }
  let model: SiteModel | undefined;
  let settings: SiteSettings | undefined;
  const siteSettings = () => {
    if (model) return model.settings;
    // Asked before the site is loaded: read once, with the same checks and path prefix.
    const file = join(inputDir, '_data', 'site.json');
    settings ??= withPathPrefix(
      loadSiteSettings(file, displayPath(file, process.cwd())),
      pathPrefix,
      displayPath(file, process.cwd()),
    );
    return settings;
  };
  // Owner markdown pages render as articles do: base path on site links, image sizes, anchors.
  let markdown: { from: SiteSettings; md: MarkdownIt } | undefined;
  eleventyConfig.setLibrary('md', {
    render: (text: string) => {
      const current = siteSettings();
      if (markdown?.from !== current)
        markdown = { from: current, md: pageMarkdown(inputDir, current) };
      return markdown.md.render(text);
    },
  });
  eleventyConfig.addGlobalData('zixun', async () => {
    const runMode = process.env.ELEVENTY_RUN_MODE;
    const pending = early;
    early = undefined;
    model = await (pending ?? load(runMode === 'serve' || runMode === 'watch'));
    await onModel(model);
    reportProgress('preparing pages');
    return rememberSiteModel(model);
  });
  return { settings: siteSettings, model: () => model };
}

/** What the content plugin offers the others. */
export interface SiteContent {
  /** The current build's site settings. */
  settings(this: void): SiteSettings;
  /** The current build's site model, once the global data `zixun` has been computed. */
  model(this: void): SiteModel | undefined;
}
