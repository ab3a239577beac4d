import { Buffer } from 'node:buffer';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ARTICLE_PAGE = /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/g;
const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g;
const JS_TYPE = /\btype="(?!module"|text\/javascript")/;

/**
 * What one article page weighs, raw and gzip (level 6, the zlib default): its HTML, the inline
 * scripts inside it, and the stylesheets and scripts it links. The page is the newest article of
 * the built site, so repeated runs weigh the same page. JSON-LD is data, not counted as script.
 */
export function pageWeight(siteDir) {
  const pages = readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => ARTICLE_PAGE.test(path))
    .sort();
  const page = pages.at(-1);
  if (!page) throw new Error(`[zixun bench] ${siteDir}: no article page found`);
  const html = readFileSync(join(siteDir, page));
  const text = html.toString('utf8');
  const scripts = [...text.matchAll(SCRIPT)].filter(([, attributes]) => !JS_TYPE.test(attributes));
  const inline = scripts.filter(([, attributes]) => !/\bsrc=/.test(attributes));
  const linkedJs = scripts.map(([, attributes]) => /\bsrc="([^"]+)"/.exec(attributes)?.[1]);
  const local = (hrefs) => hrefs.filter((href) => href?.startsWith('/'));
  const read = (href) => readFileSync(join(siteDir, decodeURI(href.split(/[?#]/)[0])));
  const weigh = (label, bytes) => ({ label, raw: bytes.length, gzip: gzipSync(bytes).length });

  const htmlRow = weigh('HTML', html);
  const inlineRow = weigh('of which inline scripts', Buffer.from(inline.map((m) => m[2]).join('')));
  const cssRows = local([...text.matchAll(STYLESHEET)].map((m) => m[1])).map((href) =>
    weigh(`CSS ${href}`, read(href)),
  );
  const jsRows = local(linkedJs).map((href) => weigh(`JS ${href}`, read(href)));
  const sum = (rows) => ({
    raw: rows.reduce((total, row) => total + row.raw, 0),
    gzip: rows.reduce((total, row) => total + row.gzip, 0),
  });
  return {
    page: `/${page.replace(/index\.html$/, '')}`,
    rows: [
      htmlRow,
      inlineRow,
      ...cssRows,
      ...jsRows,
      { label: 'total: HTML + CSS + JS', ...sum([htmlRow, ...cssRows, ...jsRows]) },
      { label: 'all JS: inline + linked', ...sum([inlineRow, ...jsRows]) },
    ],
  };
}
