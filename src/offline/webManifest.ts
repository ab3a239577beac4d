import type { SiteSettings } from '../site/siteSettings.js';
import { requestPath } from './requestPath.js';

/** Icon paths (site paths without the base path) the manifest lists. */
export interface ManifestIcons {
  any192: string;
  any512: string;
  maskable512: string;
}

/**
 * The web app manifest (https://www.w3.org/TR/appmanifest/): installable as a standalone app
 * whose start URL and scope are the base path, so a site under /news/ installs as /news/.
 */
export function webManifest(
  settings: Pick<SiteSettings, 'title' | 'description' | 'language' | 'basePath'>,
  icons: ManifestIcons,
  themeColor: string,
): string {
  const path = (to: string) => requestPath(settings.basePath, to);
  const icon = (src: string, size: number, purpose: 'any' | 'maskable') => ({
    src: path(src),
    sizes: `${size}x${size}`,
    type: 'image/png',
    purpose,
  });
  const manifest = {
    id: path('/'),
    name: settings.title,
    short_name: settings.title,
    description: settings.description,
    lang: settings.language,
    start_url: path('/'),
    scope: path('/'),
    display: 'standalone',
    theme_color: themeColor,
    background_color: '#ffffff',
    icons: [
      icon(icons.any192, 192, 'any'),
      icon(icons.any512, 512, 'any'),
      icon(icons.maskable512, 512, 'maskable'),
    ],
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
