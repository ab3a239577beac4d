import { ArchivePage } from '../layouts/archive.js';
import { ArticlePage } from '../layouts/article.js';
import { HomePage } from '../layouts/home.js';
import { KeywordPage } from '../layouts/keyword.js';
import type { AssetUrls } from '../layouts/pageContext.js';
import { pageContextFor } from './pageContextFor.js';
import { renderDocument } from './renderDocument.js';
import type { ListPage } from '../site/listPages.js';
import type { SiteModel } from '../site/loadSite.js';

const listLayouts = {
  home: HomePage,
  keyword: KeywordPage,
  year: ArchivePage,
  month: ArchivePage,
} as const;

/** The finished HTML document of the article at `index` in the newest-first list. */
export function articlePageHtml(model: SiteModel, assets: AssetUrls, index: number): string {
  const url = model.articles[index]?.url ?? '';
  return renderDocument(<ArticlePage context={pageContextFor(model, assets, url)} index={index} />);
}

/** The finished HTML document of one page of a paginated list (home, keyword, year, month). */
export function listPageHtml(model: SiteModel, assets: AssetUrls, page: ListPage): string {
  const Layout = listLayouts[page.kind];
  return renderDocument(<Layout context={pageContextFor(model, assets, page.path)} page={page} />);
}
