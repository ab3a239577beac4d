// The service worker (sw.js). Written by hand rather than with workbox-build: four small
// strategies fit in under 200 lines, where Workbox would add a dependency tree and a runtime
// several times the size, and the saved-articles cache must follow our own rules anyway.
// The build puts `const ZIXUN = {…}` (ServiceWorkerConfig) in front of this file; it imports nothing.
//
// Caches, per scope (two Zixun sites under one origin never touch each other's):
//   zixun:<scope>shell-<version>  shell, newest articles, fingerprinted files; replaced per build
//   zixun:<scope>pages            pages the reader opened, newest kept (maxVisited)
//   zixun:<scope>media            images the reader saw, newest kept (maxVisited)
//   zixun:<scope>search           search index shards a query fetched, newest kept (maxVisited)
//   zixun:<scope>saved            saved articles and their images; only the reader removes them
import type { ServiceWorkerConfig } from '../offline/serviceWorkerConfig.js';
import type { FetchEvent, ServiceWorkerScope } from './serviceWorkerScope.js';

declare const self: ServiceWorkerScope;
declare const ZIXUN: ServiceWorkerConfig;

const scope = new URL(self.registration.scope);
const prefix = `zixun:${scope.pathname}`;
const shellCache = `${prefix}shell-${ZIXUN.version}`;
const pagesCache = `${prefix}pages`;
const mediaCache = `${prefix}media`;
const searchCache = `${prefix}search`;
const savedCache = `${prefix}saved`;
/** A content hash in the file name (`site.0123456789.css`): such a file never changes. */
const fingerprint = /\.[0-9a-f]{10}(\.[a-z0-9]+)$/;
/** Request for a site path, bypassing the HTTP cache so a precache never stores a stale page. */
const fresh = (path: string) => new Request(new URL(path, scope), { cache: 'no-cache' });
const ignoreVary = { ignoreVary: true };

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(shellCache);
      await cache.addAll(ZIXUN.shell.map(fresh));
      // Articles are a bonus: one that fails to load must not keep the shell from installing.
      await Promise.allSettled(ZIXUN.articles.map((path) => cache.add(fresh(path))));
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Only earlier shells go; visited pages, images and saved articles outlive every version.
      // No clients.claim(): the first page stays uncontrolled until the next navigation, because
      // claiming a page in the back/forward cache evicts it (the reader's Back would reload).
      for (const name of await caches.keys()) {
        if (name.startsWith(`${prefix}shell-`) && name !== shellCache) await caches.delete(name);
      }
    })(),
  );
});

// The page's 有更新 button asks the waiting worker to take over; the page reloads on controllerchange.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.origin) return;
  if (!url.pathname.startsWith(scope.pathname)) return;
  if (request.mode === 'navigate') event.respondWith(page(event, url));
  else if (fingerprint.test(url.pathname)) event.respondWith(asset(event, url));
  else if (request.destination === 'image') event.respondWith(image(event));
});

/** Pages: the network with a short timeout, then a cached copy, then the offline page. */
async function page(event: FetchEvent, url: URL): Promise<Response> {
  // The query (?q=) and fragment do not name another page.
  const key = url.origin + url.pathname;
  const network = fetch(event.request);
  event.waitUntil(
    network
      .then((response) => (isPage(response) ? remember(key, response.clone()) : undefined))
      .catch(() => undefined),
  );
  const timeout = new Promise<undefined>((resolve) =>
    setTimeout(resolve, ZIXUN.networkTimeout, undefined),
  );
  const first = await Promise.race([network.catch(() => undefined), timeout]);
  // A 404 is an answer; a server error is not, when a cached copy can stand in.
  if (first && first.status < 500) return first;
  for (const cacheName of [pagesCache, shellCache, savedCache]) {
    const cached = await caches.match(key, { cacheName, ...ignoreVary });
    if (cached) return cached;
  }
  // Nothing cached: a slow network (or its error page) is still better than the offline page.
  const late = first ?? (await network.catch(() => undefined));
  if (late) return late;
  const offline = await caches.match(new URL(ZIXUN.offlinePage, scope).href, ignoreVary);
  return (
    offline ??
    new Response('当前离线', {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  );
}

function isPage(response: Response): boolean {
  return (
    response.ok &&
    !response.redirected &&
    (response.headers.get('content-type') ?? '').includes('text/html')
  );
}

/**
 * Keeps a visited page, with the article's title, date and source (from the save button's
 * data-save attribute) and the visit time in a header, so 已保存 can list it. The oldest go first.
 */
async function remember(key: string, response: Response): Promise<void> {
  const html = await response.text();
  const headers = new Headers({ 'content-type': 'text/html; charset=utf-8' });
  const found = /\bdata-save="([^"]*)"/.exec(html)?.[1];
  if (found) {
    const meta = { ...(JSON.parse(unescapeAttribute(found)) as object), visited: Date.now() };
    headers.set('x-zixun-meta', encodeURIComponent(JSON.stringify(meta)));
  }
  const cache = await caches.open(pagesCache);
  await cache.put(key, new Response(html, { headers }));
  await trim(cache);
}

/** Undoes the escaping our JSX runtime (src/render/jsxRuntime.ts) applies to attribute values. */
function unescapeAttribute(value: string): string {
  const entities: Record<string, string> = { quot: '"', lt: '<', gt: '>', '#39': "'", amp: '&' };
  return value.replace(/&(quot|lt|gt|#39|amp);/g, (_, name: string) => entities[name] ?? '');
}

/** Drops the oldest entries past the cap; a cache keeps entries in the order they were put. */
async function trim(cache: Cache): Promise<void> {
  const keys = await cache.keys();
  await Promise.all(
    keys.slice(0, Math.max(0, keys.length - ZIXUN.maxVisited)).map((key) => cache.delete(key)),
  );
}

/**
 * Fingerprinted files (CSS, JS, icons, search index parts): cache first, since their content never
 * changes. Offline, a page from an earlier build asks for an earlier file; the current file of the
 * same name (`site.*.css`) stands in for it.
 */
async function asset(event: FetchEvent, url: URL): Promise<Response> {
  const cached = await caches.match(event.request, ignoreVary);
  if (cached) return cached;
  try {
    const response = await fetch(event.request);
    if (response.ok) event.waitUntil(keep(event.request, url, response.clone()));
    return response;
  } catch (error) {
    const stem = (path: string) => path.replace(fingerprint, '$1');
    const current = ZIXUN.shell.find((path) => stem(path) === stem(url.pathname));
    const stand = current && (await caches.match(new URL(current, scope).href, ignoreVary));
    if (stand) return stand;
    throw error;
  }
}

/**
 * Keeps a fingerprinted file fetched after install. Search shards go to a capped cache of their
 * own: a reader's searches could otherwise pull the whole index into the shell. Their names hold
 * their content hash, so those a newer build keeps stay useful after an update.
 */
async function keep(request: Request, url: URL, response: Response): Promise<void> {
  const shard =
    url.pathname.startsWith(`${scope.pathname}search/`) && url.pathname.endsWith('.bin');
  const cache = await caches.open(shard ? searchCache : shellCache);
  await cache.put(request, response);
  if (shard) await trim(cache);
}

/** Other images (article images under /images/): the cached copy at once, refreshed in the background. */
async function image(event: FetchEvent): Promise<Response> {
  const cached = await caches.match(event.request, ignoreVary);
  const network = fetch(event.request);
  event.waitUntil(
    network
      .then(async (response) => {
        if (!response.ok) return;
        const cache = await caches.open(mediaCache);
        await cache.put(event.request, response.clone());
        await trim(cache);
      })
      .catch(() => undefined),
  );
  return cached ?? network;
}
