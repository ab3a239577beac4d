/**
 * Site paths of the sitemap files for `urlCount` URLs: `/sitemap.xml`, plus `/sitemap-1.xml`,
 * `/sitemap-2.xml`, … when one file cannot hold them all (then `/sitemap.xml` is their index).
 */
export function sitemapPaths(urlCount: number, perFile: number): string[] {
  if (urlCount <= perFile) return ['/sitemap.xml'];
  const children = Array.from(
    { length: Math.ceil(urlCount / perFile) },
    (_, index) => `/sitemap-${index + 1}.xml`,
  );
  return ['/sitemap.xml', ...children];
}
