import { expect, it } from 'vitest';
import { escapeXml } from '../../../src/feeds/escapeXml.js';

it('escapes the five XML special characters', () => {
  expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
    '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
  );
});

it('escapes existing entities again, so text round-trips exactly', () => {
  expect(escapeXml('&amp; &lt;')).toBe('&amp;amp; &amp;lt;');
});

it('breaks up a CDATA end', () => {
  expect(escapeXml('a]]>b')).toBe('a]]&gt;b');
});

it('drops C0 controls but keeps tab, newline and carriage return', () => {
  expect(escapeXml('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\t\n\rh')).toBe('abcdefg\t\n\rh');
});

it('drops U+FFFE, U+FFFF and unpaired surrogates but keeps pairs', () => {
  expect(escapeXml('a\uFFFEb\uFFFFc')).toBe('abc');
  expect(escapeXml('x\uD800y\uDC00z')).toBe('xyz');
  expect(escapeXml('\uDC00\uD800')).toBe('');
  expect(escapeXml('🚀 人工智能 \uD83D\uDE80')).toBe('🚀 人工智能 🚀');
});

it('keeps DEL, C1 controls and other legal characters', () => {
  expect(escapeXml('\u007F\u0085\u00A0ｘＡＩ')).toBe('\u007F\u0085\u00A0ｘＡＩ');
});
