/**
 * Says what is wrong with a URL that must be absolute and ASCII (feeds, sitemaps, structured
 * data), or returns undefined when it is fine: an http(s) URL with a host, printable ASCII only.
 */
export function absoluteUrlProblem(url: string | undefined): string | undefined {
  if (url === undefined || url === '') return 'missing';
  if (!/^https?:\/\/[^/?#\s]+/i.test(url) || !URL.canParse(url)) {
    return `"${url}" is not an absolute http(s) URL`;
  }
  if (!/^[\x21-\x7e]+$/.test(url)) return `"${url}" is not ASCII (percent-encode it)`;
  return undefined;
}
