import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { accentPresets } from '../client/accentPresets.js';
import { OfflinePage } from '../layouts/offline.js';
import type { PageContext } from '../layouts/pageContext.js';
import { SavedPage } from '../layouts/saved.js';
import { hostHeaders } from '../offline/hostHeaders.js';
import { hostRedirects } from '../offline/hostRedirects.js';
import { offlineMode, type OfflineMode } from '../offline/offlineMode.js';
import { webManifest } from '../offline/webManifest.js';
import { serviceWorkerFile } from '../offline/serviceWorkerFile.js';
import { lastSiteModel } from '../site/lastSiteModel.js';
import type { SiteModel } from '../site/loadSite.js';
import type { EleventyConfig } from './eleventyConfig.js';
import type { PageWrites } from './pagesPlugin.js';
import type { Assets } from './loadAssets.js';
import { pageContextFor } from '../render/pageContextFor.js';
import type { Html } from '../render/jsxRuntime.js';
import { renderDocument } from '../render/renderDocument.js';

type Data = { zixun: SiteModel };

/** What Eleventy passes to `eleventy.after` that this plugin reads. */
interface AfterBuild {
  directories: { output: string };
  outputMode: string;
}

/**
 * Registers offline reading and deploy files: the 已保存 and offline pages, the web app manifest,
 * sw.js (the worker, or the kill switch), the icons, and `_headers`/`_redirects` for Cloudflare
 * Pages and Netlify. What is written depends on offlineMode: a file not wanted gets no permalink.
 */
export function offlinePlugin(
  eleventyConfig: EleventyConfig,
  assets: Assets,
  pages: Pick<PageWrites, 'done'>,
  writes: () => boolean,
): void {
  const modeOf = (model: SiteModel) => offlineMode(model.settings, model.preview);
  const file = (name: string, path: string, when: OfflineMode[], render: (data: Data) => string) =>
    eleventyConfig.addTemplate(`zixun-offline-${name}.11ty.js`, {
      data: {
        permalink: (data: Data) => (when.includes(modeOf(data.zixun)) ? path : false),
        eleventyExcludeFromCollections: true,
      },
      render,
    });
  const page = (name: string, path: string, build: (context: PageContext) => Html) =>
    file(name, `${path}index.html`, ['service-worker'], (data) =>
      renderDocument(build(pageContextFor(data.zixun, assets.urls, path))),
    );

  page('saved', '/saved/', (context) => <SavedPage context={context} />);
  page('offline', '/offline/', (context) => <OfflinePage context={context} />);
  file('manifest', '/manifest.webmanifest', ['service-worker', 'kill'], (data) =>
    webManifest(data.zixun.settings, assets.urls.icons, accentPresets[0]?.light ?? '#c81e1e'),
  );
  file('headers', '/_headers', ['service-worker', 'kill'], (data) =>
    hostHeaders(data.zixun.settings.basePath, assets.cspHeader),
  );
  file('redirects', '/_redirects', ['service-worker', 'kill'], (data) =>
    hostRedirects(data.zixun.settings.basePath),
  );
  file('kill-switch', '/sw.js', ['kill'], () => assets.serviceWorkers.kill);

  // The icons are binary, which Eleventy templates cannot write; sw.js hashes the finished output.
  eleventyConfig.on('eleventy.after', async ({ directories, outputMode }: AfterBuild) => {
    const model = lastSiteModel();
    if (outputMode !== 'fs' || !writes() || !model || modeOf(model) === 'none') return;
    for (const icon of assets.binaryFiles) {
      const target = join(directories.output, icon.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, icon.content);
    }
    if (modeOf(model) === 'service-worker') {
      await pages.done();
      const began = performance.now();
      writeFileSync(
        join(directories.output, 'sw.js'),
        serviceWorkerFile(model, directories.output, assets.serviceWorkers.main),
      );
      // The precache list and the version hashing it, for `--report` and `npm run bench`.
      model.timings.serviceWorker = performance.now() - began;
    }
  });
}
