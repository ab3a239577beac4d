import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { themeBootstrap } from '../client/themeBootstrap.js';
import type { AssetUrls } from '../layouts/pageContext.js';
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
  urls: AssetUrls;
}

/** Reads the stylesheets and compiled browser scripts once and names them by content hash. */
export function loadAssets(): Assets {
  const stylesDir = `${packageRoot}src/client/styles/`;
  const css = readdirSync(stylesDir)
    .filter((name) => name.endsWith('.css'))
    .sort()
    .map((name) => readFileSync(stylesDir + name, 'utf8'))
    .join('\n');
  const settingsScript = readFileSync(`${packageRoot}dist/client/settings.js`, 'utf8');
  const cssPath = `/assets/site.${hash(css)}.css`;
  const scriptPath = `/assets/settings.${hash(settingsScript)}.js`;
  return {
    files: [
      { path: cssPath, content: css },
      { path: scriptPath, content: settingsScript },
    ],
    urls: { css: cssPath, settingsScript: scriptPath, themeBootstrap: inlineScript(themeBootstrap) },
  };
}

function hash(content: string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 10);
}
