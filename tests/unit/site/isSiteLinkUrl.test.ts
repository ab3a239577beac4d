import { describe, expect, it } from 'vitest';
import { isSiteLinkUrl } from '../../../src/site/isSiteLinkUrl.js';

describe('isSiteLinkUrl', () => {
  it.each([
    '/',
    '/tags/%E4%BA%BA/',
    '/saved/#top',
    'https://bbs.example.com/',
    'HTTP://EXAMPLE.COM/',
    'mailto:tips@example.com?subject=爆料',
  ])('allows %j', (url) => {
    expect(isSiteLinkUrl(url)).toBe(true);
  });

  it.each([
    '',
    'javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'data:image/png;base64,AAAA',
    'tel:10086',
    'mailto:',
    '//example.com/',
    '/\\example.com/',
    '/a\u0000b/',
    'https://exa mple.com/',
    'about/',
    '#top',
  ])('refuses %j', (url) => {
    expect(isSiteLinkUrl(url)).toBe(false);
  });
});
