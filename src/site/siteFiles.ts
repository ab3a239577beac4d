import type { OutputClaim } from './outputClaims.js';
import { outputMarker } from './outputMarker.js';

/**
 * The files and folders the site writes besides article, list and keyword pages and the sitemap,
 * whatever the content. Claimed in every build mode (portable, kill switch), so an article that
 * builds in one mode builds in all. tests/build/outputClaims.test.ts checks every file a build
 * writes against these claims, so a new file the plugins write cannot go unclaimed.
 */
export const siteFiles: readonly OutputClaim[] = [
  { path: '/tags/', source: 'the keyword index', kind: 'site' },
  { path: '/keywords/', source: 'the A–Z keyword page', kind: 'site' },
  { path: '/archive/', source: 'the archive index', kind: 'site' },
  { path: '/search/', source: 'the search page', kind: 'site' },
  { path: '/saved/', source: 'the 已保存 page', kind: 'site' },
  { path: '/offline/', source: 'the offline page', kind: 'site' },
  { path: '/404.html', source: 'the 404 page', kind: 'site' },
  { path: '/feed.xml', source: "the site's Atom feed", kind: 'site' },
  { path: '/rss.xml', source: "the site's RSS feed", kind: 'site' },
  { path: '/feed.json', source: "the site's JSON feed", kind: 'site' },
  { path: '/robots.txt', source: 'robots.txt', kind: 'site' },
  { path: '/sw.js', source: 'the service worker', kind: 'site' },
  { path: '/manifest.webmanifest', source: 'the web app manifest', kind: 'site' },
  { path: '/_headers', source: "the hosts' header rules (_headers)", kind: 'site' },
  { path: '/_redirects', source: "the hosts' redirect rules (_redirects)", kind: 'site' },
  // Written by the build CLI (src/cli/writeOutputMarker.ts), not by a plugin.
  { path: `/${outputMarker}`, source: "the build's marker", kind: 'site' },
  // Folders whose file names are not known before writing (content hashes, editors' images), or
  // that a growing list fills page by page.
  { path: '/tags/', source: 'keyword pages', kind: 'folder' },
  { path: '/archive/', source: 'date archives', kind: 'folder' },
  { path: '/page/', source: "the home page's later pages", kind: 'folder' },
  { path: '/search/', source: 'the search page and its index files', kind: 'folder' },
  { path: '/assets/', source: 'stylesheets, scripts and icons', kind: 'folder' },
  { path: '/images/', source: 'images copied from content/images/', kind: 'folder' },
];
