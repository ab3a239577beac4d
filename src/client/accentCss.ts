import type { AccentPreset } from './accentPresets.js';

/**
 * Writes the accent rules from the presets, so colours live in one place: the first preset on
 * :root, each preset under html[data-accent], and each 主题色 swatch with its own colours.
 */
export function accentCss(presets: readonly AccentPreset[]): string {
  const vars = (preset: AccentPreset) =>
    `{--accent-light:${preset.light};--accent-dark:${preset.dark}}`;
  const [first] = presets;
  if (!first) throw new Error('[zixun] accentPresets: at least one accent preset is required');
  return [
    `:root${vars(first)}`,
    ...presets.map((preset) => `:root[data-accent="${preset.id}"]${vars(preset)}`),
    ...presets.map((preset) => `[data-accent-swatch="${preset.id}"]${vars(preset)}`),
  ].join('\n');
}
