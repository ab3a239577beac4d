import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { accentPresets } from '../../../src/client/accentPresets.js';

// WCAG 2.2 AA (1.4.3): text needs a contrast ratio of at least 4.5:1. Every accent preset, in light
// and dark, is checked with the colour tokens the stylesheet really ships.
// https://www.w3.org/TR/WCAG22/#contrast-minimum

const css = readFileSync(
  new URL('../../../src/client/styles/1-theme.css', import.meta.url),
  'utf8',
);

/** The custom properties declared in the first rule whose selector is exactly `selector`. */
function tokens(selector: string): Record<string, string> {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const block = new RegExp(`(?:^|[\\s}])${escaped}\\s*\\{([^}]*)\\}`).exec(css)?.[1];
  if (block === undefined) throw new Error(`1-theme.css has no rule for ${selector}`);
  return Object.fromEntries(
    [...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m): [string, string] => [
      m[1] ?? '',
      m[2]!.trim(),
    ]),
  );
}

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [match[1]!, match[2]!, match[3]!].map((h) => parseInt(h, 16)) as Rgb;
}

/** Relative luminance, https://www.w3.org/TR/WCAG22/#dfn-relative-luminance */
function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Resolves a token to a colour: #rrggbb, var(--x), or color-mix(in srgb, var(--a) N%, var(--b)). */
function resolve(value: string, scope: Record<string, string>): Rgb {
  const variable = /^var\((--[\w-]+)\)$/.exec(value);
  if (variable) return resolve(scope[variable[1]!] ?? `undefined ${variable[1]}`, scope);
  const mix = /^color-mix\(in srgb, (.+) (\d+(?:\.\d+)?)%, (.+)\)$/.exec(value);
  if (mix) {
    const a = resolve(mix[1]!, scope);
    const b = resolve(mix[3]!, scope);
    const p = Number(mix[2]) / 100;
    return a.map((channel, i) => channel * p + b[i]! * (1 - p)) as Rgb;
  }
  return parseHex(value);
}

const light = tokens(':root');
const dark = tokens(":root[data-theme='dark']");

describe('colour tokens', () => {
  test('the dark tokens are the same whether chosen in 设置 or by the system', () => {
    expect(tokens(":root:not([data-theme='light'])")).toEqual(dark);
  });

  test('dark mode changes the colours that matter', () => {
    for (const name of ['--bg', '--surface', '--fg', '--muted', '--on-accent', '--accent']) {
      expect(dark[name], name).toBeDefined();
      expect(dark[name], name).not.toBe(light[name]);
    }
  });
});

/** Text colour on background colour, as the stylesheet uses them. */
const pairs = [
  ['--fg', '--bg'],
  ['--fg', '--surface'],
  ['--fg', '--accent-soft'],
  ['--muted', '--bg'],
  ['--muted', '--surface'],
  ['--accent', '--bg'],
  ['--accent', '--surface'],
  ['--accent', '--accent-soft'],
  ['--on-accent', '--accent'],
] as const;

describe.each([
  { scheme: 'light', overrides: {} },
  { scheme: 'dark', overrides: dark },
])('WCAG AA contrast on $scheme pages', ({ overrides }) => {
  test.each(accentPresets.map((preset) => [preset.label, preset] as const))(
    '%s',
    (_label, preset) => {
      const scope = {
        ...light,
        ...overrides,
        '--accent-light': preset.light,
        '--accent-dark': preset.dark,
      };
      const failures = pairs
        .map(([text, background]) => ({
          pair: `${text} on ${background}`,
          ratio: contrast(resolve(`var(${text})`, scope), resolve(`var(${background})`, scope)),
        }))
        .filter(({ ratio }) => ratio < 4.5)
        .map(({ pair, ratio }) => `${pair}: ${ratio.toFixed(2)}:1`);
      expect(failures).toEqual([]);
    },
  );
});

describe('the contrast check itself', () => {
  test('matches known ratios', () => {
    expect(contrast(parseHex('#000000'), parseHex('#ffffff'))).toBeCloseTo(21, 5);
    expect(contrast(parseHex('#767676'), parseHex('#ffffff'))).toBeCloseTo(4.54, 2);
  });

  test('rejects a low-contrast accent', () => {
    const scope = { ...light, '--accent-light': '#ff6b6b' };
    expect(contrast(resolve('var(--accent)', scope), resolve('var(--bg)', scope))).toBeLessThan(
      4.5,
    );
  });
});
