/**
 * The URL Eleventy gives an owner's page, as far as its own front matter decides it: a plain
 * `permalink`, or else one made from the file's path (`about.md` → `/about/`, `a/index.njk` →
 * `/a/`). Undefined when the permalink is computed by a template (`{{ … }}`), or is not text.
 */
export function ownerPageUrl(relativePath: string, permalink: unknown): string | undefined {
  if (permalink !== undefined) {
    if (typeof permalink !== 'string' || /[{}]/.test(permalink)) return undefined;
    const url = permalink.startsWith('/') ? permalink : `/${permalink}`;
    return url.replace(/\/index\.html$/, '/');
  }
  const stem = relativePath.replace(/\.[^./]+$/, '');
  const folder = stem.replace(/(^|\/)index$/, '');
  return folder === '' ? '/' : `/${folder.replace(/\/$/, '')}/`;
}
