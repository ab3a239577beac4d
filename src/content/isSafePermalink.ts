/** A permalink must stay inside the output folder and be a page URL a static host can serve. */
export function isSafePermalink(value: string): boolean {
  if (!value.startsWith('/') || value.startsWith('//')) return false;
  if (!(value.endsWith('/') || value.endsWith('.html'))) return false;
  // Control characters, backslashes and query/fragment characters break hosts or escape the folder.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
  if (/[\u0000-\u001f\u007f\\?#%<>"|*:]/.test(value)) return false;
  return !value.split('/').some((segment) => segment === '..' || segment === '.');
}
