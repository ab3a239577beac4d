import type { VNode } from 'preact';
import { ArticlePage } from '../layouts/article.js';
import { HomePage } from '../layouts/home.js';
import { NotFoundPage } from '../layouts/notFound.js';
import type { SiteModel } from '../site/loadSite.js';
import type { EleventyConfig, PageData } from './eleventyConfig.js';
import type { Assets } from './loadAssets.js';
import { pageContextFor } from './pageContextFor.js';
import { renderDocument } from './renderDocument.js';

type Data = PageData<SiteModel>;

/** Registers one virtual template per page kind; lists are paginated over arrays computed once. */
export function pagesPlugin(eleventyConfig: EleventyConfig, assets: Assets): void {
  const page = (data: Data, build: (context: ReturnType<typeof pageContextFor>) => VNode) =>
    renderDocument(build(pageContextFor(data.zixun, assets.urls)));

  eleventyConfig.addTemplate('zixun-article.11ty.js', {
    data: {
      pagination: { data: 'zixun.articles', size: 1, alias: 'article' },
      permalink: (data: Data & { article: { url: string } }) => outputPath(data.article.url),
      eleventyExcludeFromCollections: true,
    },
    render: (data: Data) =>
      page(data, (context) => <ArticlePage context={context} index={data.pagination.pageNumber} />),
  });
  eleventyConfig.addTemplate('zixun-home.11ty.js', {
    data: { permalink: '/index.html', eleventyExcludeFromCollections: true },
    render: (data: Data) =>
      page(data, (context) => (
        <HomePage
          context={context}
          articles={data.zixun.articles.slice(0, data.zixun.settings.pageSize.home)}
        />
      )),
  });
  eleventyConfig.addTemplate('zixun-404.11ty.js', {
    data: { permalink: '/404.html', eleventyExcludeFromCollections: true },
    render: (data: Data) => page(data, (context) => <NotFoundPage context={context} />),
  });
}

/** Eleventy wants a file path: directory URLs get index.html. */
function outputPath(url: string): string {
  return url.endsWith('/') ? `${url}index.html` : url;
}
