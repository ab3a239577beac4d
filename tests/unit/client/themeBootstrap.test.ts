import { runInThisContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { themeBootstrap, type AccentColours } from '../../../src/client/themeBootstrap.js';
import { inlineScript } from '../../../src/plugins/inlineScript.js';

// The head script as pages get it (inlineScript's output), run against a minimal stand-in DOM.

const accents: [AccentColours, ...AccentColours[]] = [
  ['red', '#c81e1e', '#ff8078'],
  ['blue', '#0a5fb4', '#6cb6ff'],
];

class FakeElement {
  attributes = new Map<string, string>();
  constructor(initial: Record<string, string> = {}) {
    for (const [name, value] of Object.entries(initial)) this.attributes.set(name, value);
  }
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null;
  }
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }
}

/** Runs the inlined script with the given storage; returns <html>'s attributes, the metas and the listeners. */
function run(stored: Record<string, string> | 'blocked') {
  const root = new FakeElement({ 'data-theme': 'system' });
  const themeColors = [
    new FakeElement({ content: '#c81e1e', media: '(prefers-color-scheme: light)' }),
    new FakeElement({ content: '#ff8078', media: '(prefers-color-scheme: dark)' }),
  ];
  const colorScheme = new FakeElement({ content: 'light dark' });
  const listeners = new Map<string, (event?: { persisted: boolean }) => void>();
  const storage = {
    getItem: (key: string) => {
      if (stored === 'blocked') throw new Error('SecurityError');
      return stored[key] ?? null;
    },
  };
  const document = {
    documentElement: root,
    querySelectorAll: () => themeColors,
    querySelector: () => colorScheme,
  };
  const script = inlineScript(themeBootstrap, accents);
  // Run as the page runs it: a script of its own, seeing only these globals.
  const run = runInThisContext(
    `(function (document, localStorage, addEventListener) {\n${script}\n})`,
  ) as (document: unknown, localStorage: unknown, addEventListener: unknown) => void;
  run(document, storage, (type: string, listener: (event?: { persisted: boolean }) => void) =>
    listeners.set(type, listener),
  );
  return {
    html: Object.fromEntries(root.attributes),
    themeColor: themeColors.map((meta) => meta.getAttribute('content')),
    colorScheme: colorScheme.getAttribute('content'),
    /** <html>'s attributes now, after any listener ran. */
    htmlNow: () => Object.fromEntries(root.attributes),
    listeners,
  };
}

describe('themeBootstrap, inlined', () => {
  test('with nothing stored: 随系统, the default accent, 标准, colours per system scheme', () => {
    expect(run({})).toMatchObject({
      html: { 'data-theme': 'system', 'data-accent': 'red', 'data-size': 'normal' },
      themeColor: ['#c81e1e', '#ff8078'],
      colorScheme: 'light dark',
    });
  });

  test('applies stored choices; an explicit scheme pins both theme-colors and color-scheme', () => {
    expect(
      run({ 'zixun:scheme': 'dark', 'zixun:accent': 'blue', 'zixun:size': 'large' }),
    ).toMatchObject({
      html: { 'data-theme': 'dark', 'data-accent': 'blue', 'data-size': 'large' },
      themeColor: ['#6cb6ff', '#6cb6ff'],
      colorScheme: 'dark',
    });
    expect(run({ 'zixun:scheme': 'light', 'zixun:accent': 'blue' })).toMatchObject({
      themeColor: ['#0a5fb4', '#0a5fb4'],
      colorScheme: 'light',
    });
  });

  test('ignores unknown or tampered values', () => {
    expect(
      run({ 'zixun:scheme': 'sepia', 'zixun:accent': 'x"]{}', 'zixun:size': 'huge' }),
    ).toMatchObject({
      html: { 'data-theme': 'system', 'data-accent': 'red', 'data-size': 'normal' },
    });
  });

  test('blocked storage (private mode) falls back to the defaults without throwing', () => {
    expect(run('blocked').html).toEqual({
      'data-theme': 'system',
      'data-accent': 'red',
      'data-size': 'normal',
    });
  });

  test('re-applies storage when the page returns from the back/forward cache or another tab changes it', () => {
    const stored: Record<string, string> = {};
    const page = run(stored);
    stored['zixun:scheme'] = 'dark';
    page.listeners.get('pageshow')?.({ persisted: false });
    expect(page.htmlNow()['data-theme']).toBe('system');
    page.listeners.get('pageshow')?.({ persisted: true });
    expect(page.htmlNow()['data-theme']).toBe('dark');
    stored['zixun:accent'] = 'blue';
    page.listeners.get('storage')?.();
    expect(page.htmlNow()['data-accent']).toBe('blue');
  });

  test('escapes < in its arguments so a value cannot close the script element', () => {
    const script = inlineScript((value: string) => void value, '</script><script>alert(1)');
    expect(script).not.toContain('</script>');
    expect(script).toContain('\\u003c/script>');
  });
});
