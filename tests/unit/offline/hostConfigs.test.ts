import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hostHeaders } from '../../../src/offline/hostHeaders.js';

// netlify.toml, vercel.json and the GitHub Pages workflow are written by hand at the repository
// root; they must keep the cache rules the build writes into _site/_headers.

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (file: string) => readFileSync(`${root}${file}`, 'utf8');

/** `path → Cache-Control` from the build's _headers for a site at the root. */
function cacheRules(): Record<string, string> {
  const rules: Record<string, string> = {};
  let path = '';
  for (const line of hostHeaders('/').split('\n')) {
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
      config.headers.map((rule) => [
        rule.source.replace('(.*)', '*'),
        rule.headers.find((header) => header.key === 'Cache-Control')?.value,
      ]),
    );
    expect(rules).toEqual(cacheRules());
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

  it('the GitHub Pages workflow builds under the repository sub-path and deploys _site', () => {
    const workflow = read('.github/workflows/pages.yml');
    expect(workflow).toContain('ZIXUN_BASE_PATH: ${{ steps.pages.outputs.base_path }}');
    expect(workflow).toMatch(/uses: actions\/upload-pages-artifact@v\d+\n\s+with:\n\s+path: _site/);
    expect(workflow).toContain('uses: actions/deploy-pages@');
  });
});
