/** A 主题色 choice: its id (stored in localStorage), its label and its colours on light and dark pages. */
export interface AccentPreset {
  id: string;
  label: string;
  light: string;
  dark: string;
}

/**
 * The preset accents, the first being the default. Each colour keeps WCAG AA contrast as link
 * text on the page, and with --on-accent text on it (tests/unit/client/contrast.test.ts).
 */
export const accentPresets: readonly AccentPreset[] = [
  { id: 'red', label: '默认红', light: '#c81e1e', dark: '#ff8078' },
  { id: 'blue', label: '蓝', light: '#0a5fb4', dark: '#6cb6ff' },
  { id: 'green', label: '绿', light: '#137333', dark: '#4fcf73' },
  { id: 'purple', label: '紫', light: '#7b3fc4', dark: '#c39bff' },
  { id: 'orange', label: '橙', light: '#ad4209', dark: '#ffa35c' },
  { id: 'black', label: '黑', light: '#1f2328', dark: '#e4e7eb' },
];
