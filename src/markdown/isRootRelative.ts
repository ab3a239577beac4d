/** Tells site-root paths (`/images/a.png`) apart from protocol-relative URLs (`//cdn.example.com/a.png`), so only the former get the base path. */
export function isRootRelative(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}
