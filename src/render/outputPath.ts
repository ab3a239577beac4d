/** Eleventy wants a file path: directory URLs get index.html. */
export function outputPath(url: string): string {
  return url.endsWith('/') ? `${url}index.html` : url;
}
