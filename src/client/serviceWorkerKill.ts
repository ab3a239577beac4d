// The kill switch: served as sw.js in place of the worker (settings `offline.enabled: false`, and
// always by the dev server). Browsers check sw.js for updates on every visit, find this one,
// install it at once, and it clears this scope's caches, unregisters itself and reloads open
// pages from the network. Saved articles go too: without a worker nothing could serve them.
import type { ServiceWorkerScope } from './serviceWorkerScope.js';

declare const self: ServiceWorkerScope;

self.addEventListener('install', () => {
  void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const prefix = `zixun:${new URL(self.registration.scope).pathname}`;
      for (const name of await caches.keys()) {
        const rest = name.startsWith(prefix) ? name.slice(prefix.length) : '';
        if (/^(shell-.*|pages|media|search|saved)$/.test(rest)) await caches.delete(name);
      }
      await self.registration.unregister();
      for (const client of await self.clients.matchAll({ type: 'window' })) {
        void client.navigate(client.url);
      }
    })(),
  );
});
