/** Turns "news", "/news" or "/news/" into "/news/" so every URL join is a plain concatenation. */
export function normalizeBasePath(basePath: string): string {
  const trimmed = basePath.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
