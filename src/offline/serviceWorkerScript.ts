import type { ServiceWorkerConfig } from './serviceWorkerConfig.js';

/**
 * sw.js: the build's config as `const ZIXUN`, then the compiled worker. sw.js keeps one name for
 * every build (browsers look for updates at the registered URL), so the version inside it is what
 * changes.
 */
export function serviceWorkerScript(config: ServiceWorkerConfig, compiledWorker: string): string {
  return `const ZIXUN = ${JSON.stringify(config)};\n${compiledWorker}`;
}
