// The /search/ page: reads ?q=, loads the index shards the query needs and lists the results.
// It is served as one file; the search plugin puts the shared index functions (declared below)
// in front of it, from the same source the index builder runs, so both cut text alike.
import type * as Decode from '../search/decodePostings.js';
import type * as Manifest from '../search/buildSearchIndex.js';
import type * as Mark from '../search/markRanges.js';
import type * as Rank from '../search/rankResults.js';
import type * as Terms from '../search/searchTerms.js';
import type * as Tokens from '../search/termTokens.js';
import type * as Shard from '../search/tokenShard.js';

declare const searchTerms: typeof Terms.searchTerms;
declare const termTokens: typeof Tokens.termTokens;
declare const tokenShard: typeof Shard.tokenShard;
declare const decodePostings: typeof Decode.decodePostings;
declare const rankResults: typeof Rank.rankResults;
declare const markRanges: typeof Mark.markRanges;

/** One metadata row: url (site path), title, ISO date, summary, keyword names. */
type Row = [string, string, string, string, string[]];

(function () {
  const form = document.querySelector<HTMLFormElement>('.search-form');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('.search-status');
  const list = document.querySelector<HTMLOListElement>('.search-results');
  const more = document.querySelector<HTMLButtonElement>('.search-more');
  if (!form || !input || !status || !list || !more) return;
  const queryOf = () => new URLSearchParams(location.search).get('q') ?? '';
  input.value = queryOf();

  // file:// forbids fetch, so the index cannot load; say so instead of failing.
  if (location.protocol === 'file:') {
    status.textContent =
      '本地浏览模式不支持搜索。请通过网站地址访问，或从关键词和归档页面查找文章。';
    input.disabled = true;
    return;
  }

  // Shards are gzip bytes, so their size does not depend on the host compressing them.
  if (typeof DecompressionStream === 'undefined') {
    status.textContent = '这个浏览器版本不支持站内搜索，请升级浏览器后重试。';
    return;
  }

  const indexUrl = new URL(form.dataset['index'] ?? '', location.href);
  const root = new URL('./', new URL(form.dataset['root'] ?? '/', location.href));
  const files = new Map<string, Promise<string>>();
  const load = (name: string): Promise<string> => {
    let file = files.get(name);
    if (!file) {
      file = fetch(new URL(name, indexUrl)).then((response) => {
        if (!response.ok || !response.body) throw new Error(`${response.status} ${name}`);
        return name.endsWith('.bin')
          ? new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text()
          : response.text();
      });
      // A failed file is fetched again next time (the reader may be back online).
      file.catch(() => files.delete(name));
      files.set(name, file);
    }
    return file;
  };
  const manifest = async () => JSON.parse(await load(indexUrl.href)) as Manifest.SearchManifest;
  // Offline, the worker answers only with index files an earlier search cached; say that, not "failed".
  const failed = () =>
    navigator.onLine
      ? '搜索索引加载失败，请检查网络后重试。'
      : '当前离线：离线时只能搜索已缓存的内容，请连上网络后再搜索。';
  let run = 0;

  const search = async (query: string) => {
    const current = ++run;
    list.replaceChildren();
    more.hidden = true;
    // At most 6 tokens are looked up (6 shard files), so a long query stays within the download
    // budget; a long term keeps bigrams spread over its whole length, first and last included.
    let budget = 6;
    const terms = searchTerms(query);
    const tokens = terms.map((term) => {
      const all = termTokens(term, false);
      const count = Math.min(all.length, budget);
      budget -= count;
      return Array.from(
        { length: count },
        (_, index) => all[Math.round((index * (all.length - 1)) / Math.max(count - 1, 1))] ?? '',
      );
    });
    if (terms.length === 0) {
      status.textContent = query.trim() === '' ? '' : '请输入中文、英文或数字';
      return;
    }
    status.textContent = '正在搜索…';
    try {
      const index = await manifest();
      const postings = await Promise.all(
        tokens.map((own) =>
          Promise.all(
            own.map(async (token) => {
              const shard = tokenShard(token, index.tokens.length);
              // Lines are `<token> <postings>` after a line break, so one indexOf finds a token.
              const text = await load(`t${shard}.${index.tokens[shard]}.bin`);
              const at = text.indexOf(`\n${token} `);
              if (at < 0) return undefined;
              const from = at + token.length + 2;
              return decodePostings(text.slice(from, text.indexOf('\n', from)));
            }),
          ),
        ),
      );
      if (current !== run) return;
      const ranked = rankResults(postings, index.documents);
      // The count is announced (role=status) once the first results are on the page.
      await show(index, ranked, terms, 0, current);
      if (current !== run) return;
      status.textContent =
        ranked.length > 0
          ? `找到 ${ranked.length} 篇与“${query.trim()}”相关的文章`
          : `没有找到与“${query.trim()}”相关的文章`;
    } catch {
      if (current === run) status.textContent = failed();
    }
  };

  const show = async (
    index: Manifest.SearchManifest,
    ranked: Rank.RankedResult[],
    terms: string[],
    start: number,
    current: number,
  ) => {
    const page = ranked.slice(start, start + 10);
    const rows = await Promise.all(
      page.map(async ({ doc }) => {
        const shard = Math.floor(doc / index.metaSize);
        const rows = JSON.parse(await load(`d${shard}.${index.meta[shard]}.bin`)) as Row[];
        return rows[doc % index.metaSize];
      }),
    );
    if (current !== run) return;
    for (const row of rows) if (row) list.append(result(row, terms, index.body));
    more.hidden = start + 10 >= ranked.length;
    more.onclick = () => {
      more.hidden = true;
      show(index, ranked, terms, start + 10, current).catch(() => {
        status.textContent = failed();
      });
    };
  };

  const result = ([url, title, date, summary, keywords]: Row, terms: string[], body: boolean) => {
    const item = element('li', 'search-result');
    const link = element('a');
    link.href = new URL(url.replace(/^\//, ''), root).href;
    const titleMarked = marked(link, title, terms);
    item.append(element('h2', 'search-result__title', link));
    // The site's own pages (关于我们 and the like) have no date.
    if (date !== '') {
      const time = element('time');
      time.dateTime = date;
      time.textContent = date.slice(0, 10).split('-').map(Number).join('/');
      item.append(element('p', 'search-result__meta', time));
    }
    const snippet = element('p', 'search-result__snippet');
    const summaryMarked = marked(snippet, summary, terms);
    item.append(snippet);
    const keywordLine = element('p', 'search-result__keywords', '关键词：');
    let keywordMarked = false;
    keywords.forEach((keyword, position) => {
      if (position > 0) keywordLine.append('、');
      keywordMarked = marked(keywordLine, keyword, terms) || keywordMarked;
    });
    if (keywordMarked) item.append(keywordLine);
    else if (body && !titleMarked && !summaryMarked) {
      const note = element('p', 'search-result__keywords', '正文提到：');
      terms.forEach((term, position) => {
        if (position > 0) note.append('、');
        note.append(element('mark', undefined, term));
      });
      item.append(note);
    }
    return item;
  };

  /** Appends text with each match in a <mark>, through text nodes only; says whether any matched. */
  const marked = (parent: HTMLElement, text: string, terms: string[]) => {
    let last = 0;
    const ranges = markRanges(text, terms);
    for (const [from, to] of ranges) {
      parent.append(text.slice(last, from), element('mark', undefined, text.slice(from, to)));
      last = to;
    }
    parent.append(text.slice(last));
    return ranges.length > 0;
  };

  const element = <K extends keyof HTMLElementTagNameMap>(
    name: K,
    className?: string,
    ...children: (Node | string)[]
  ) => {
    const node = document.createElement(name);
    if (className) node.className = className;
    node.append(...children);
    return node;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value;
    const url = new URL(location.href);
    url.search = query.trim() === '' ? '' : `?${new URLSearchParams({ q: query })}`;
    history.pushState(null, '', url);
    void search(query);
  });
  addEventListener('popstate', () => {
    input.value = queryOf();
    void search(input.value);
  });
  if (input.value.trim() !== '') void search(input.value);
  else input.focus();
})();
