import type { Article } from '../../content/article.js';
import { formatDate } from '../../dates/formatDate.js';
import { offlineMode } from '../../offline/offlineMode.js';
import type { PageContext } from '../pageContext.js';

/**
 * Renders the 保存离线 toggle and a link to 已保存, hidden until src/client/offline.ts finds
 * storage it can use (so readers without JavaScript never see a dead button). data-save carries
 * what 已保存 lists; the worker reads it from visited pages too. Needs: context, article.
 * Example: `<SaveButton context={context} article={article} />`
 */
export function SaveButton({ context, article }: { context: PageContext; article: Article }) {
  const { settings, preview } = context.site;
  if (offlineMode(settings, preview) !== 'service-worker') return null;
  const meta = {
    title: article.title,
    date: formatDate(article.date, settings.timeZone),
    ...(article.source ? { source: article.source } : {}),
  };
  return (
    <div class="offline-tools" hidden>
      <button
        class="save-button"
        type="button"
        aria-pressed="false"
        data-save={JSON.stringify(meta)}
      >
        保存离线
      </button>
      <a class="offline-tools__saved" href={context.url('/saved/')}>
        已保存的文章
      </a>
    </div>
  );
}
