import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { securityHeaders } from '../../src/security/securityHeaders.js';
import { startSite, type RunningSite } from './support/startSite.js';

// The sample site in Chromium with the build's _headers sent as real HTTP headers (the CSP among
// them), as Cloudflare Pages and Netlify serve it: nothing on the article, keyword and search pages
// may break the policy, and 设置, search and the service worker must still work.

const article = '/2024/05/28/马斯克与lecun/';
const keyword = '/tags/马斯克/';
const darkBg = 'rgb(21, 23, 28)';

let site: RunningSite;
const contexts: BrowserContext[] = [];
/** CSP violations (from `securitypolicyviolation` events), console errors and warnings, page errors. */
let problems: string[] = [];

beforeAll(async () => {
  site = await startSite({ hostHeaders: true });
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
  problems = [];
});

afterAll(async () => {
  await site?.stop();
});

/**
 * A fresh profile with one page whose CSP violations, console errors and warnings and page errors
 * land in `problems`. The listener is installed before any page script runs, on every document.
 */
async function newPage(): Promise<Page> {
  const context = await site.browser.newContext({ colorScheme: 'light', serviceWorkers: 'allow' });
  contexts.push(context);
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  await page.exposeFunction('__reportCsp', (violation: string) =>
    problems.push(`violation: ${violation}`),
  );
  await page.addInitScript(() => {
    const report = (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp;
    document.addEventListener(
      'securitypolicyviolation',
      (event) => report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
      true,
    );
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return page;
}

/** Opens a page, checks the policy came as a header, and lets its deferred scripts and load run. */
async function open(page: Page, path: string, query = ''): Promise<void> {
  const response = await page.goto(site.url(path) + query);
  expect(response?.headers()['content-security-policy']).toMatch(
    /script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'; .*frame-ancestors 'none'$/,
  );
  await page.waitForLoadState('load');
}

/** Picks a 设置 choice the way a reader does. */
async function choose(page: Page, name: string, value: string): Promise<void> {
  if ((await page.getAttribute('.settings__toggle', 'aria-expanded')) !== 'true') {
    await page.click('.settings__toggle');
  }
  await page.click(`.settings__choice:has(input[name="${name}"][value="${value}"])`);
}

/** Chromium's (non-standard) view of the page's Permissions-Policy. */
interface FeaturePolicyApi {
  features: () => string[];
  allowedFeatures: () => string[];
}

const look = (page: Page) =>
  page.evaluate(() => ({
    theme: document.documentElement.dataset['theme'],
    background: getComputedStyle(document.body).backgroundColor,
  }));

describe('under the Content Security Policy header', () => {
  test('an article: 设置 switches to 深色, the inline head script re-applies it after reload, the worker installs', async () => {
    const page = await newPage();
    await open(page, article);
    await choose(page, 'scheme', 'dark');
    expect(await look(page)).toEqual({ theme: 'dark', background: darkBg });
    // Only the hashed inline script sets data-theme before the deferred settings script runs.
    await page.reload();
    expect(await look(page)).toEqual({ theme: 'dark', background: darkBg });
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(site.url('/'));
    expect(problems).toEqual([]);
  });

  test('a keyword page lists its articles and 设置 works there', async () => {
    const page = await newPage();
    await open(page, keyword);
    expect(await page.locator('main a[href*="/2024/"]').count()).toBeGreaterThan(0);
    await choose(page, 'accent', 'blue');
    expect(await page.evaluate(() => document.documentElement.dataset['accent'])).toBe('blue');
    expect(problems).toEqual([]);
  });

  test('search loads its index and lists results', async () => {
    const page = await newPage();
    await open(page, '/search/', `?q=${encodeURIComponent('马斯克')}`);
    await page.waitForFunction(() =>
      /^(找到|没有找到|搜索索引加载失败)/.test(
        document.querySelector('.search-status')?.textContent ?? '',
      ),
    );
    expect(await page.textContent('.search-status')).toBe('找到 2 篇与“马斯克”相关的文章');
    expect(await page.locator('.search-result').count()).toBe(2);
    expect(problems).toEqual([]);
  });

  test('Permissions-Policy names only features Chromium knows, and turns each off', async () => {
    const page = await newPage();
    await open(page, article);
    const named = [...(securityHeaders['Permissions-Policy'] ?? '').matchAll(/([a-z-]+)=\(\)/g)];
    expect(named.length).toBeGreaterThan(0);
    // Chromium's document.featurePolicy lists the features it knows and those this page may use.
    const known = await page.evaluate(() => {
      const policy = (document as unknown as { featurePolicy: FeaturePolicyApi }).featurePolicy;
      return { features: policy.features(), allowed: policy.allowedFeatures() };
    });
    for (const [, feature = ''] of named) {
      expect(known.features, feature).toContain(feature);
      expect(known.allowed, feature).not.toContain(feature);
    }
  });

  test('the policy is enforced, and a violation would be seen', async () => {
    const page = await newPage();
    await open(page, article);
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.innerHTML = '<span style="color: red">x</span><img src="javascript:void 0">';
      document.body.append(probe);
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.injected = "yes"';
      document.head.append(script);
    });
    // Both the header policy and the meta policy report each violation; the console says so too.
    const seen = () => [...new Set(problems.filter((p) => p.startsWith('violation:')))].sort();
    await expect
      .poll(seen)
      .toEqual([
        'violation: img-src blocked javascript',
        'violation: script-src-elem blocked inline',
        'violation: style-src-attr blocked inline',
      ]);
    expect(problems.filter((p) => p.startsWith('console error:')).length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.dataset['injected'])).toBeUndefined();
  });
});
