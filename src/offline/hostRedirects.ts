import { requestPath } from './requestPath.js';

/**
 * The `_redirects` file Cloudflare Pages and Netlify read from the output folder. At the root it
 * only maps `/atom.xml` (Hexo's feed, common on Chinese tech blogs) to our feed; under a sub-path
 * it also serves the site at that path (a 200 rewrite: the files sit at the root of the deploy)
 * and sends `/` there.
 */
export function hostRedirects(basePath: string): string {
  const path = (to: string) => requestPath(basePath, to);
  const lines = [
    '# Written by the Zixun build (src/offline/hostRedirects.ts) for Cloudflare Pages and Netlify.',
    `${path('/atom.xml')} ${path('/feed.xml')} 301`,
  ];
  if (basePath !== '/') lines.push(`/ ${path('/')} 302`, `${path('/')}* /:splat 200`);
  return `${lines.join('\n')}\n`;
}
