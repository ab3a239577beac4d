import { describe, expect, it } from 'vitest';
import { webManifest } from '../../../src/offline/webManifest.js';

const icons = {
  any192: '/assets/icon-192.0123456789.png',
  any512: '/assets/icon-512.0123456789.png',
  maskable512: '/assets/icon-maskable-512.0123456789.png',
};
const settings = { title: '资讯', description: '科技新闻', language: 'zh-CN', basePath: '/news/' };

describe('webManifest', () => {
  it('is installable under the base path with 192 and 512 icons, one maskable', () => {
    expect(JSON.parse(webManifest(settings, icons, '#c81e1e'))).toEqual({
      id: '/news/',
      name: '资讯',
      short_name: '资讯',
      description: '科技新闻',
      lang: 'zh-CN',
      start_url: '/news/',
      scope: '/news/',
      display: 'standalone',
      theme_color: '#c81e1e',
      background_color: '#ffffff',
      icons: [
        {
          src: '/news/assets/icon-192.0123456789.png',
          sizes: '192x192',
          type: 'image/png',
          purpose: 'any',
        },
        {
          src: '/news/assets/icon-512.0123456789.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'any',
        },
        {
          src: '/news/assets/icon-maskable-512.0123456789.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    });
  });
});
