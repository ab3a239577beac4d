import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { accentCss } from '../client/accentCss.js';
import { accentPresets } from '../client/accentPresets.js';
import { forgetSaved } from '../client/forgetSaved.js';
import { themeBootstrap, type AccentColours } from '../client/themeBootstrap.js';
import type { AssetUrls } from '../layouts/pageContext.js';
import { siteIcons } from '../offline/siteIcons.js';
import { cspPolicy } from '../security/cspPolicy.js';
import { scriptHash } from '../security/scriptHash.js';
import { inlineScript } from './inlineScript.js';

const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

/** An asset's bytes and its fingerprinted site path. */
export interface Asset {
  path: string;
  content: string;
}

/** The built client assets and the URLs pages use for them. */
export interface Assets {
  files: Asset[];
  /** PNG icons: Eleventy templates write text only, so the offline plugin writes these. */
  binaryFiles: { path: string; content: Buffer }[];
  urls: AssetUrls;
  /** The compiled service worker (sw.js without its config) and the kill switch that replaces it. */
  serviceWorkers: { main: string; kill: string };
  /** The Content-Security-Policy hosts send as a header (`_headers`): the pages' policy plus frame-ancestors. */
  cspHeader: string;
}

/** Reads the stylesheets and compiled browser scripts once and names them by content hash; `dryRun` keeps the icon cache untouched. */
export function loadAssets(dryRun = false): Assets {
  const stylesDir = `${packageRoot}src/client/styles/`;
  const styles = readdirSync(stylesDir)
    .filter((name) => name.endsWith('.css'))
    .sort()
    .map((name) => readFileSync(stylesDir + name, 'utf8'));
  const css = compactCss([accentCss(accentPresets), ...styles].join('\n'));
  const settingsScript = standaloneScript(`${packageRoot}dist/client/settings.js`);
  // Both pages' scripts share forgetSaved; each is one file, so each carries its source.
  const withForget = (name: string) =>
    compactScript(
      `(function () {\n${String(forgetSaved)}\n${standaloneScript(`${packageRoot}dist/client/${name}.js`)}})();\n`,
    );
  const offlineScript = withForget('offline');
  const savedScript = withForget('saved');
  const cssPath = `/assets/site.${hash(css)}.css`;
  const scriptPath = `/assets/settings.${hash(settingsScript)}.js`;
  const offlinePath = `/assets/offline.${hash(offlineScript)}.js`;
  const savedPath = `/assets/saved.${hash(savedScript)}.js`;
  const accents = accentPresets.map((p): AccentColours => [p.id, p.light, p.dark]);
  const [first, ...rest] = accents;
  if (!first)
    throw new Error('[zixun] src/client/accentPresets.ts: add at least one accent preset');
  const icons = siteIcons(first[1], dryRun ? undefined : join(cacheDir(), 'icons'));
  // Hashed from the very string every page inlines, once per build, so policy and page cannot drift.
  const themeScript = inlineScript(themeBootstrap, [first, ...rest]);
  const scriptHashes = [scriptHash(themeScript)];
  return {
    files: [
      { path: cssPath, content: css },
      { path: scriptPath, content: settingsScript },
      { path: offlinePath, content: offlineScript },
      { path: savedPath, content: savedScript },
    ],
    binaryFiles: icons.files,
    serviceWorkers: {
      main: standaloneScript(`${packageRoot}dist/client/serviceWorker.js`),
      kill: standaloneScript(`${packageRoot}dist/client/serviceWorkerKill.js`),
    },
    cspHeader: cspPolicy(scriptHashes, 'header'),
    urls: {
      css: cssPath,
      settingsScript: scriptPath,
      offlineScript: offlinePath,
      savedScript: savedPath,
      icons: icons.paths,
      themeBootstrap: themeScript,
      cspMeta: cspPolicy(scriptHashes, 'meta'),
    },
  };
}

/** Where builds keep what an earlier build made (`ZIXUN_CACHE_DIR`, else node_modules/.cache/zixun). */
function cacheDir(): string {
  return process.env.ZIXUN_CACHE_DIR || join(packageRoot, 'node_modules/.cache/zixun');
}

/**
 * Reads a compiled browser script that must run as one classic file (the portable build loads it
 * from file://, where module scripts are refused): drops tsc's empty `export {};`, refuses real imports.
 */
function standaloneScript(file: string): string {
  const source = readFileSync(file, 'utf8').replace(/^export \{\};\s*$/m, '');
  if (/^\s*(import|export)\b/m.test(source)) {
    throw new Error(
      `[zixun] ${file} imports or exports at run time; browser scripts are served as one file, so keep to type-only imports`,
    );
  }
  return source;
}

/**
 * Drops indentation, blank lines and whole-line comments from a compiled script: the offline
 * scripts ship on every article page, inside the 5 KB budget. Safe because they have no template
 * literal or string that spans lines.
 */
function compactScript(source: string): string {
  return source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^(\/\/|\/\*\*?\s|\*\s|\*\/)/.test(line))
    .join('\n');
}

/** Drops comments, indentation and blank lines; our CSS has no strings where that would matter. */
function compactCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

function hash(content: string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 10);
}
