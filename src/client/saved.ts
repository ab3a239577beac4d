// The 已保存 page: lists saved articles (removable) and recently visited ones from the worker's
// caches, with no network. It is served as one file after the source of forgetSaved (declared
// below), so it imports nothing at run time.
import type * as Forget from './forgetSaved.js';

declare const forgetSaved: typeof Forget.forgetSaved;

/** An entry's metadata, from the x-zixun-meta header the save button or the worker wrote. */
interface Entry {
  url: string;
  title: string;
  date?: string;
  source?: string;
  saved?: number;
  visited?: number;
}

(function () {
  const script = document.currentScript as HTMLScriptElement | null;
  const status = document.querySelector<HTMLElement>('.saved-status');
  const lists = document.querySelector<HTMLElement>('.saved-lists');
  const savedList = document.getElementById('saved-articles');
  const visitedList = document.getElementById('visited-articles');
  const savedEmpty = document.getElementById('saved-empty');
  const visitedEmpty = document.getElementById('visited-empty');
  const clear = document.querySelector<HTMLButtonElement>('.visited-clear');
  if (!script || !status || !lists || !savedList || !visitedList) return;
  if (!savedEmpty || !visitedEmpty || !clear) return;
  if (location.protocol === 'file:' || !('caches' in window)) {
    status.textContent = '这个浏览器（或本地浏览模式）不支持离线保存。';
    return;
  }
  const prefix = `zixun:${new URL(script.dataset['scope'] ?? '/', location.href).pathname}`;
  const time = (ms: number) =>
    new Date(ms).toLocaleString('zh-CN', { dateStyle: 'short', timeStyle: 'short' });

  const read = async (cache: Cache): Promise<Entry[]> => {
    const entries: Entry[] = [];
    for (const request of await cache.keys()) {
      const meta = (await cache.match(request))?.headers.get('x-zixun-meta');
      if (meta)
        entries.push({ ...(JSON.parse(decodeURIComponent(meta)) as Entry), url: request.url });
    }
    return entries;
  };

  const item = (entry: Entry, when: string, remove?: () => void) => {
    const li = document.createElement('li');
    li.className = 'saved-item';
    const link = document.createElement('a');
    link.className = 'saved-item__title';
    link.href = entry.url;
    link.textContent = entry.title;
    const meta = document.createElement('p');
    meta.className = 'saved-item__meta';
    meta.textContent = [entry.source, entry.date, when].filter(Boolean).join(' · ');
    li.append(link, meta);
    if (remove) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'saved-item__remove';
      button.textContent = '删除';
      button.setAttribute('aria-label', `删除：${entry.title}`);
      button.addEventListener('click', remove);
      li.append(button);
    }
    return li;
  };

  const render = async (said = '') => {
    const savedCache = await caches.open(`${prefix}saved`);
    const pagesCache = await caches.open(`${prefix}pages`);
    const saved = (await read(savedCache)).sort((a, b) => (b.saved ?? 0) - (a.saved ?? 0));
    const savedUrls = new Set(saved.map((entry) => entry.url));
    const visited = (await read(pagesCache))
      .filter((entry) => !savedUrls.has(entry.url))
      .sort((a, b) => (b.visited ?? 0) - (a.visited ?? 0));
    savedList.replaceChildren(
      ...saved.map((entry) =>
        item(entry, `保存于 ${time(entry.saved ?? 0)}`, () => {
          void forgetSaved(savedCache, entry.url).then(() => {
            void render(`已删除「${entry.title}」`);
            // The button is gone; keep keyboard focus in the list's section.
            document.getElementById('saved-heading')?.focus();
          });
        }),
      ),
    );
    visitedList.replaceChildren(
      ...visited.map((entry) => item(entry, `浏览于 ${time(entry.visited ?? 0)}`)),
    );
    savedEmpty.hidden = saved.length > 0;
    visitedEmpty.hidden = visited.length > 0;
    clear.hidden = visited.length === 0;
    status.textContent = said;
    lists.hidden = false;
  };

  clear.addEventListener('click', () => {
    void caches.delete(`${prefix}pages`).then(() => render('浏览记录已清空'));
  });
  render().catch(() => {
    status.textContent = '无法读取本机保存的文章（浏览器可能禁止了存储）。';
  });
})();
