import type { KeywordEntry } from '../keywords/buildKeywordIndex.js';
import { keywordInitial } from '../keywords/keywordInitial.js';
import { Base } from './base.js';
import type { PageContext } from './pageContext.js';

/** The keyword index grouped A–Z by Latin letter or pinyin initial (`/keywords/`), a companion to `/tags/`. */
export function KeywordGroupsPage({ context }: { context: PageContext }) {
  const groups = new Map<string, KeywordEntry[]>();
  for (const entry of context.site.keywordIndex.entries) {
    const initial = keywordInitial(entry.name);
    const group = groups.get(initial) ?? [];
    group.push(entry);
    groups.set(initial, group);
  }
  const letters = [...groups.keys()].sort((a, b) =>
    a === '#' ? 1 : b === '#' ? -1 : a < b ? -1 : 1,
  );
  const collator = new Intl.Collator('zh-CN');
  return (
    <Base
      context={context}
      path="/keywords/"
      title="关键词 A–Z"
      description="按拼音和字母浏览全部关键词"
      bodyClass="page-keyword-index"
    >
      <h1 class="page-title">关键词 A–Z</h1>
      <p class="list-header__meta">
        按拼音首字母和字母分组 · <a href={context.url('/tags/')}>按文章数排序</a>
      </p>
      <nav class="keyword-letters" aria-label="首字母">
        <ul class="keywords__list">
          {letters.map((letter) => (
            <li>
              <a class="chip" href={`#letter-${letter === '#' ? 'other' : letter}`}>
                {letter}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {letters.map((letter) => (
        <section
          class="keyword-group"
          aria-labelledby={`letter-${letter === '#' ? 'other' : letter}`}
        >
          <h2 id={`letter-${letter === '#' ? 'other' : letter}`}>{letter}</h2>
          <ul class="keyword-index">
            {(groups.get(letter) ?? [])
              .slice()
              .sort((a, b) => collator.compare(a.name, b.name))
              .map((entry) => (
                <li>
                  <a href={context.url(`/tags/${entry.slug}/`)}>{entry.name}</a>
                  <span class="keyword-index__count">{entry.articles.length}</span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </Base>
  );
}
