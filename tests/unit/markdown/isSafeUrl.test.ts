import { describe, expect, it } from 'vitest';
import { isSafeUrl } from '../../../src/markdown/isSafeUrl.js';

// Inputs are in the form markdown-it passes them: normalized, with controls and spaces percent-encoded.
describe('isSafeUrl', () => {
  it.each([
    'https://example.com/a?b=c:d#e',
    'HTTP://EXAMPLE.COM',
    'mailto:tips@zixun.cn',
    'tel:+86-10-1234',
    '//cdn.example.com/a.png',
    '/images/%E5%9B%BE.png',
    '#%E5%B0%8F%E7%BB%93',
    '#fn:1',
    '?page=2',
    './a:b',
    '../a.html',
    '2024/report.html',
    '%E5%9B%BE.png',
    '',
    'data:image/png;base64,iVBO',
    'data:image/webp;base64,UklG',
    'DATA:IMAGE/JPEG;base64,/9j/',
  ])('allows %j', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java%09script:alert(1)',
    'java%20script:alert(1)',
    '%01javascript:alert(1)',
    '&#1;javascript:alert(1)',
    '%5Cjavascript:alert(1)',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com/a',
    'data:text/html;base64,PHNjcmlwdD4=',
    'data:image/svg+xml;base64,PHN2Zz4=',
    'data:image/png,no-semicolon',
    ':alert(1)',
  ])('rejects %j', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });
});
