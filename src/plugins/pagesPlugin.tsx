import type { VNode } from 'preact';
import { ArchivePage } from '../layouts/archive.js';
import { ArchiveIndexPage } from '../layouts/archiveIndex.js';
import { ArticlePage } from '../layouts/article.js';
import { HomePage } from '../layouts/home.js';
import { KeywordPage } from '../layouts/keyword.js';
import { KeywordGroupsPage } from '../layouts/keywordGroups.js';
import { KeywordIndexPage } from '../layouts/keywordIndex.js';
import { NotFoundPage } from '../layouts/notFound.js';
import type { PageContext } from '../layouts/pageContext.js';
import type { ListPage } from '../site/listPages.js';
import type { SiteModel } from '../site/loadSite.js';
import type { EleventyConfig, PageData } from './eleventyConfig.js';
import type { Assets } from './loadAssets.js';
import { outputPath } from './outputPath.js';
import { pageContextFor } from './pageContextFor.js';
import { renderDocument } from './renderDocument.js';

type Data = PageData<SiteModel>;
type Build = (context: PageContext) => VNode;
type Render = (data: Data, path: string, build: Build) => string;

const listLayouts = {
  home: HomePage,
  keyword: KeywordPage,
  year: ArchivePage,
  month: ArchivePage,
} as const;

/**
 * Registers the HTML page kinds as virtual templates. Articles and all list pages are each one
 * pagination over an array computed once per build, so Eleventy never builds per-keyword collections.
 */
export function pagesPlugin(eleventyConfig: EleventyConfig, assets: Assets): void {
  const render: Render = (data, path, build) =>
    renderDocument(build(pageContextFor(data.zixun, assets.urls, path)));
  const single = (name: string, permalink: string, build: Build) =>
    eleventyConfig.addTemplate(`zixun-${name}.11ty.js`, {
      data: { permalink, eleventyExcludeFromCollections: true },
      render: (data: Data) => render(data, permalink.replace(/index\.html$/, ''), build),
    });

  eleventyConfig.addTemplate('zixun-article.11ty.js', {
    data: {
      pagination: { data: 'zixun.articles', size: 1, alias: 'article' },
      permalink: (data: { article: { url: string } }) => outputPath(data.article.url),
      eleventyExcludeFromCollections: true,
    },
    render: (data: Data & { article: { url: string } }) =>
      render(data, data.article.url, (context) => (
        <ArticlePage context={context} index={data.pagination.pageNumber} />
      )),
  });
  eleventyConfig.addTemplate('zixun-list.11ty.js', {
    data: {
      pagination: { data: 'zixun.lists', size: 1, alias: 'list' },
      permalink: (data: { list: ListPage }) => outputPath(data.list.path),
      eleventyExcludeFromCollections: true,
    },
    render: (data: Data & { list: ListPage }) => {
      const Layout = listLayouts[data.list.kind];
      return render(data, data.list.path, (context) => (
        <Layout context={context} page={data.list} />
      ));
    },
  });
  single('keyword-index', '/tags/index.html', (context) => <KeywordIndexPage context={context} />);
  single('keyword-groups', '/keywords/index.html', (context) => (
    <KeywordGroupsPage context={context} />
  ));
  single('archive-index', '/archive/index.html', (context) => (
    <ArchiveIndexPage context={context} />
  ));
  single('404', '/404.html', (context) => <NotFoundPage context={context} />);
}
