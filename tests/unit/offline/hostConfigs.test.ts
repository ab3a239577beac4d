import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hostHeaders } from '../../../src/offline/hostHeaders.js';
import { cspPolicy } from '../../../src/security/cspPolicy.js';
import { securityHeaders } from '../../../src/security/securityHeaders.js';

// netlify.toml, vercel.json and the GitHub Pages workflow are written by hand at the repository
// root; they must keep the cache and security rules the build writes into _site/_headers.

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (file: string) => readFileSync(`${root}${file}`, 'utf8');

/** `path → Cache-Control` from the build's _headers for a site at the root. */
function cacheRules(): Record<string, string> {
  const rules: Record<string, string> = {};
  let path = '';
  for (const line of hostHeaders('/', cspPolicy([], 'header')).split('\n')) {
    if (line.startsWith('/')) path = line;
    const value = /^\s+Cache-Control: (.*)$/.exec(line)?.[1];
    if (value) rules[path] = value;
  }
  return rules;
}

describe('host configs', () => {
  it('vercel.json publishes _site with the same cache rules', () => {
    const config = JSON.parse(read('vercel.json')) as {
      outputDirectory: string;
      headers: { source: string; headers: { key: string; value: string }[] }[];
    };
    expect(config.outputDirectory).toBe('_site');
    const rules = Object.fromEntries(
      config.headers.flatMap((rule) => {
        const value = rule.headers.find((header) => header.key === 'Cache-Control')?.value;
        return value ? [[rule.source.replace('(.*)', '*'), value]] : [];
      }),
    );
    expect(rules).toEqual(cacheRules());
  });

  it('vercel.json sends the security headers everywhere, and the CSP a meta tag cannot carry', () => {
    const config = JSON.parse(read('vercel.json')) as {
      headers: { source: string; headers: { key: string; value: string }[] }[];
    };
    const everywhere = config.headers.find((rule) => rule.source === '/(.*)');
    const sent: Record<string, string> = Object.fromEntries(
      everywhere?.headers.map((h) => [h.key, h.value]) ?? [],
    );
    // vercel.json is static, so the hashed policy travels in each page's meta tag; the header
    // adds what only a header can say. Browsers enforce both.
    const meta = cspPolicy([], 'meta').split('; ');
    const headerOnly = cspPolicy([], 'header')
      .split('; ')
      .filter((directive) => !meta.includes(directive));
    expect(headerOnly).toEqual(["frame-ancestors 'none'"]);
    expect(sent).toEqual({ ...securityHeaders, 'Content-Security-Policy': headerOnly.join('; ') });
  });

  it('netlify.toml publishes _site with the same cache rules', () => {
    const toml = read('netlify.toml');
    expect(toml).toContain('publish = "_site"');
    for (const [path, value] of Object.entries(cacheRules())) {
      expect(toml).toMatch(
        new RegExp(
          `for = "${path.replace(/[*.]/g, '\\$&')}"\\n\\s+\\[headers.values\\]\\n\\s+Cache-Control = "${value}"`,
        ),
      );
    }
  });

  it('netlify.toml sends the security headers everywhere and leaves the CSP to _headers', () => {
    const toml = read('netlify.toml');
    const rule = /for = "\/\*"\n\s+\[headers\.values\]\n((?:\s+[\w-]+ = ".*"\n)+)/.exec(toml)?.[1];
    const sent: Record<string, string> = Object.fromEntries(
      (rule ?? '')
        .trim()
        .split('\n')
        .map((line): [string, string] => {
          const [, name = '', value = ''] = /^\s*([\w-]+) = "(.*)"$/.exec(line) ?? [];
          return [name, value];
        }),
    );
    expect(sent).toEqual(securityHeaders);
    // A CSP here would override the build's hashed one in _site/_headers for the same path.
    expect(toml).not.toMatch(/^\s*Content-Security-Policy\s*=/m);
  });

  it('the GitHub Pages workflow builds under the repository sub-path and deploys _site', () => {
    const workflow = read('.github/workflows/pages.yml');
    expect(workflow).toContain('ZIXUN_BASE_PATH: ${{ steps.pages.outputs.base_path }}');
    expect(workflow).toMatch(/uses: actions\/upload-pages-artifact@v\d+\n\s+with:\n\s+path: _site/);
    expect(workflow).toContain('uses: actions/deploy-pages@');
  });
});
