import type { Browser } from 'playwright-core';
import { buildSample } from './buildSample.js';
import { launchChromium } from './launchChromium.js';
import { serveStatic } from './serveStatic.js';

/** The sample site built, served and a browser ready; `stop` undoes all three. */
export interface RunningSite {
  browser: Browser;
  /** Absolute URL of a site path, percent-encoded as a browser would request it. */
  url: (path: string) => string;
  stop: () => Promise<void>;
}

/** For a test file's beforeAll: build, serve on 127.0.0.1 and launch Chromium. */
export async function startSite(): Promise<RunningSite> {
  const site = await buildSample();
  const server = await serveStatic(site.dir);
  const browser = await launchChromium().catch(async (error: unknown) => {
    await server.close();
    await site.remove();
    throw error;
  });
  return {
    browser,
    url: (path) => new URL(encodeURI(path), server.origin).href,
    stop: async () => {
      await browser.close();
      await server.close();
      await site.remove();
    },
  };
}
