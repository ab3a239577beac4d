// Offline reading on every page: registers the service worker at the base path, shows 有更新 when
// a new build is waiting, and runs the 保存离线 button on article pages. It is served as one file
// after the source of forgetSaved (declared below), so it imports nothing at run time.
import type * as Forget from './forgetSaved.js';

declare const forgetSaved: typeof Forget.forgetSaved;

/** What the save button's data-save attribute holds. */
interface ArticleMeta {
  title: string;
  date: string;
  source?: string;
}

(function () {
  const script = document.currentScript as HTMLScriptElement | null;
  const workers = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  // file:// (the portable build) and insecure origins have no service workers.
  if (!script || !workers || location.protocol === 'file:') return;
  const scope = new URL(script.dataset['scope'] ?? '/', location.href).pathname;
  let reloading = false;

  const notice = (waiting: ServiceWorker) => {
    if (document.querySelector('.update-notice')) return;
    const bar = document.createElement('div');
    bar.className = 'update-notice';
    bar.setAttribute('role', 'status');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = '刷新';
    button.addEventListener('click', () => {
      reloading = true;
      waiting.postMessage({ type: 'SKIP_WAITING' });
    });
    bar.append('有更新', button);
    document.body.append(bar);
  };

  workers.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });
  const register = () => workers.register(script.dataset['sw'] ?? '', { scope });
  // After load: the precache must not compete with the first page's own images.
  new Promise((loaded) => {
    if (document.readyState === 'complete') loaded(undefined);
    else addEventListener('load', loaded, { once: true });
  })
    .then(register)
    .then(
      (registration) => {
        // Only when a worker already controls the page: the first install is no update. And no
        // listener then: an event for a page in the back/forward cache evicts it.
        if (!workers.controller) return;
        const check = () => {
          if (registration.waiting) notice(registration.waiting);
        };
        check();
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed') check();
          });
        });
      },
      () => undefined,
    );

  const tools = document.querySelector<HTMLElement>('.offline-tools');
  const button = tools?.querySelector<HTMLButtonElement>('.save-button');
  if (!tools || !button || !('caches' in window)) return;
  const url = location.origin + location.pathname;
  const saved = caches.open(`zixun:${scope}saved`);
  const show = (pressed: boolean) => {
    button.setAttribute('aria-pressed', String(pressed));
    button.textContent = pressed ? '已保存' : '保存离线';
  };

  const save = async (cache: Cache) => {
    const first = (await cache.keys()).length === 0;
    // The copy the worker just cached, else the network.
    const page = (await caches.match(url, { ignoreVary: true })) ?? (await fetch(url));
    if (!page.ok) throw new Error(`${page.status} ${url}`);
    const images = [...document.querySelectorAll<HTMLImageElement>('.article img')]
      .map((img) => img.src)
      .filter((src) => src.startsWith(location.origin + scope));
    const meta = {
      ...(JSON.parse(button.dataset['save'] ?? '{}') as ArticleMeta),
      url,
      saved: Date.now(),
      images,
    };
    const headers = {
      'content-type': 'text/html; charset=utf-8',
      'x-zixun-meta': encodeURIComponent(JSON.stringify(meta)),
    };
    await cache.put(url, new Response(await page.blob(), { headers }));
    await Promise.all(
      images.map((src) =>
        fetch(src)
          .then((response) => (response.ok ? cache.put(src, response) : undefined))
          .catch(() => undefined),
      ),
    );
    // Saved articles must outlive the browser's storage pressure; ask once, with the first one.
    if (first) void navigator.storage?.persist?.().catch(() => false);
  };

  saved.then(
    async (cache) => {
      show(Boolean(await cache.match(url)));
      tools.hidden = false;
      let busy = false;
      button.addEventListener('click', () => {
        if (busy) return;
        busy = true;
        const pressed = button.getAttribute('aria-pressed') === 'true';
        (pressed ? forgetSaved(cache, url) : save(cache))
          .then(
            () => show(!pressed),
            () => {
              show(pressed);
              if (!pressed) button.textContent = '保存失败，点此重试';
            },
          )
          .finally(() => {
            busy = false;
          });
      });
    },
    // Storage can be refused (private windows); the button then stays hidden.
    () => undefined,
  );
})();
