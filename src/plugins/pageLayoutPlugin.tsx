import { ContentError } from '../content/contentProblem.js';
import { describeValue } from '../content/describeValue.js';
import { OwnerPage } from '../layouts/page.js';
import { pageContextFor } from '../render/pageContextFor.js';
import { renderDocument } from '../render/renderDocument.js';
import { displayPath } from '../site/displayPath.js';
import type { SiteModel } from '../site/loadSite.js';
import type { EleventyConfig } from './eleventyConfig.js';
import type { Assets } from './loadAssets.js';

/** The data Eleventy hands a layout, as far as read here. */
interface LayoutData {
  zixun: SiteModel;
  title?: unknown;
  description?: unknown;
  content: string;
  page: { url: string; inputPath: string };
}

/**
 * Registers `layout: page`, a virtual layout that puts an owner's page (markdown, Nunjucks,
 * Liquid, HTML or 11ty.js under content/) in the full site: header, search, 设置, footer, CSP.
 */
export function pageLayoutPlugin(eleventyConfig: EleventyConfig, assets: Assets): void {
  // Eleventy finds `layout: page` by trying each template format's extension under _includes/.
  eleventyConfig.addTemplate('_includes/page.11ty.js', {
    render: (data: LayoutData) => {
      const file = displayPath(data.page.inputPath, process.cwd());
      const title = text(data.title, file, 'title', 'the page title, e.g. title: 关于我们');
      const description =
        data.description === undefined
          ? data.zixun.settings.description
          : text(data.description, file, 'description', 'one sentence about the page');
      const context = pageContextFor(data.zixun, assets.urls, data.page.url);
      return renderDocument(
        <OwnerPage context={context} title={title} description={description} html={data.content} />,
      );
    },
  });
}

function text(value: unknown, file: string, field: string, expected: string): string {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  throw new ContentError([
    {
      file,
      field,
      message: `found ${describeValue(value)}; expected ${expected} (layout: page shows it in the header and the browser tab)`,
      severity: 'error',
    },
  ]);
}
