/**
 * The headers a `_headers` file sends with every response under the base path: its `<base>*`
 * rule, read the way Cloudflare Pages and Netlify read it (a path line, then indented `Name: value`).
 */
export function catchAllHeaders(headersFile: string, basePath = '/'): Record<string, string> {
  const headers: Record<string, string> = {};
  let inRule = false;
  for (const line of headersFile.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) {
      inRule = line.trim() === `${basePath}*`;
      continue;
    }
    const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
    if (inRule && name && value !== undefined) headers[name] = value;
  }
  return headers;
}
