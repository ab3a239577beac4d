import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseSettings } from '../../support/buildFixture.js';

/** A generated site whose search index has many shards, and what each article is found by. */
export interface SearchCorpus {
  dir: string;
  /** Article i's title. */
  title: (i: number) => string;
  /** Article i's code: two characters found in its title and nowhere else, so one token. */
  code: (i: number) => string;
  count: number;
}

/**
 * Writes `count` articles with seeded random summaries (about 10,000 distinct bigrams per 100
 * articles), so the index splits into many token shards and a query reads only some of them.
 * Codes come from U+9000 up and summaries from U+6000–U+8FFF, so a code matches one title only.
 * `settings` is merged into the site settings.
 */
export function searchCorpus(count = 300, settings: Record<string, unknown> = {}): SearchCorpus {
  const dir = mkdtempSync(join(tmpdir(), 'zixun-search-corpus-'));
  let seed = 11;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const code = (i: number) => String.fromCodePoint(0x9000 + 2 * i, 0x9001 + 2 * i);
  const title = (i: number) => `第${i}篇：${code(i)}`;
  mkdirSync(join(dir, '_data'), { recursive: true });
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, '_data/site.json'), JSON.stringify({ ...baseSettings, ...settings }));
  for (let i = 0; i < count; i++) {
    const summary = Array.from({ length: 100 }, () =>
      String.fromCodePoint(0x6000 + Math.floor(random() * 0x3000)),
    ).join('');
    const date = new Date(Date.UTC(2024, 0, 1, i)).toISOString().slice(0, 16).replace('T', ' ');
    writeFileSync(
      join(dir, 'articles', `a${i}.md`),
      `---\ntitle: ${title(i)}\ndate: ${date}\nsummary: ${summary}\n---\n\n正文。\n`,
    );
  }
  return { dir, title, code, count };
}
