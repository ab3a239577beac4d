import type { SiteSettings } from '../site/siteSettings.js';

/**
 * What a build does about offline reading: `service-worker` installs the service worker, `kill` ships one
 * that unregisters itself and clears its caches, `none` ships neither (nor the manifest).
 */
export type OfflineMode = 'service-worker' | 'kill' | 'none';

/**
 * Decides the offline mode. A portable (file://) build gets nothing: browsers refuse service
 * workers there. The dev server (`preview`) and `offline.enabled: false` ship the kill switch, so
 * a worker installed earlier from the same origin goes away instead of serving stale pages.
 */
export function offlineMode(
  settings: Pick<SiteSettings, 'portable' | 'offline'>,
  preview: boolean,
): OfflineMode {
  if (settings.portable) return 'none';
  return preview || !settings.offline.enabled ? 'kill' : 'service-worker';
}
