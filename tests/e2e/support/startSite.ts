import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { catchAllHeaders } from '../../support/catchAllHeaders.js';
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

/** Options for startSite. */
export interface StartOptions {
  /** Send every response with the headers the build's `_headers` gives all paths (the CSP among them), as Cloudflare Pages and Netlify do. */
  hostHeaders?: boolean;
}

/** For a test file's beforeAll: build, serve on 127.0.0.1 and launch Chromium. */
export async function startSite(options: StartOptions = {}): Promise<RunningSite> {
  const site = await buildSample();
  const headers = options.hostHeaders
    ? catchAllHeaders(await readFile(join(site.dir, '_headers'), 'utf8'))
    : {};
  const server = await serveStatic(site.dir, { headers });
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
