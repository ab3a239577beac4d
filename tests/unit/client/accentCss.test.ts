import { describe, expect, test } from 'vitest';
import { accentCss } from '../../../src/client/accentCss.js';
import { accentPresets } from '../../../src/client/accentPresets.js';

describe('accentCss', () => {
  test('puts the first preset on :root, then each preset on html[data-accent] and on its swatch', () => {
    const css = accentCss([
      { id: 'red', label: '红', light: '#c81e1e', dark: '#ff8078' },
      { id: 'blue', label: '蓝', light: '#0a5fb4', dark: '#6cb6ff' },
    ]);
    expect(css.split('\n')).toEqual([
      ':root{--accent-light:#c81e1e;--accent-dark:#ff8078}',
      ':root[data-accent="red"]{--accent-light:#c81e1e;--accent-dark:#ff8078}',
      ':root[data-accent="blue"]{--accent-light:#0a5fb4;--accent-dark:#6cb6ff}',
      '[data-accent-swatch="red"]{--accent-light:#c81e1e;--accent-dark:#ff8078}',
      '[data-accent-swatch="blue"]{--accent-light:#0a5fb4;--accent-dark:#6cb6ff}',
    ]);
  });

  test('refuses an empty preset list', () => {
    expect(() => accentCss([])).toThrow(/at least one accent preset/);
  });
});

describe('accentPresets', () => {
  test('has at least six presets, ITHome-like red first and 黑 among them, with unique ids', () => {
    expect(accentPresets.length).toBeGreaterThanOrEqual(6);
    expect(accentPresets[0]).toMatchObject({ id: 'red', label: '默认红' });
    expect(accentPresets.map((preset) => preset.label)).toContain('黑');
    expect(new Set(accentPresets.map((preset) => preset.id)).size).toBe(accentPresets.length);
  });

  test('ids are safe inside a CSS attribute selector and colours are #rrggbb', () => {
    for (const preset of accentPresets) {
      expect(preset.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(preset.light).toMatch(/^#[0-9a-f]{6}$/);
      expect(preset.dark).toMatch(/^#[0-9a-f]{6}$/);
    }
  });
});
