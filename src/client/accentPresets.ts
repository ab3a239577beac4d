/** A 主题色 choice: its id (stored in localStorage), its label and its colours for light and dark pages. */
export interface AccentPreset {
  id: string;
  label: string;
  light: string;
  dark: string;
}

/** The preset accents; each colour keeps WCAG AA contrast for text on its own page background. */
export const accentPresets: readonly AccentPreset[] = [
  { id: 'red', label: '默认红', light: '#c8161d', dark: '#ff7b72' },
  { id: 'blue', label: '蓝', light: '#0b5cad', dark: '#6cb6ff' },
  { id: 'green', label: '绿', light: '#1a7f37', dark: '#56d364' },
  { id: 'purple', label: '紫', light: '#7a3db8', dark: '#c297ff' },
  { id: 'orange', label: '橙', light: '#b54708', dark: '#ffa657' },
  { id: 'black', label: '黑', light: '#1f2328', dark: '#e6edf3' },
];
