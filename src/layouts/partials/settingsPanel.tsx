import { accentPresets } from '../../client/accentPresets.js';

const schemes = [
  { value: 'system', label: '随系统' },
  { value: 'light', label: '浅色' },
  { value: 'dark', label: '深色' },
] as const;

const sizes = [
  { value: 'small', label: '小' },
  { value: 'normal', label: '标准' },
  { value: 'large', label: '大' },
] as const;

/**
 * Renders the 设置 button and panel: 日夜间, 主题色, 字号. Both start hidden and the settings
 * script reveals the button, so without JavaScript the page simply follows the system theme.
 */
export function SettingsPanel() {
  return (
    <div class="settings">
      <button
        type="button"
        class="settings__toggle"
        aria-expanded="false"
        aria-controls="settings-panel"
        hidden
      >
        设置
      </button>
      <div id="settings-panel" class="settings__panel" role="dialog" aria-label="阅读设置" hidden>
        <fieldset class="settings__group">
          <legend>日夜间</legend>
          {schemes.map((scheme) => (
            <label class="settings__choice">
              <input type="radio" name="scheme" value={scheme.value} checked={scheme.value === 'system'} />
              {scheme.label}
            </label>
          ))}
        </fieldset>
        <fieldset class="settings__group">
          <legend>主题色</legend>
          {accentPresets.map((accent, index) => (
            <label class="settings__choice settings__swatch" data-accent-swatch={accent.id}>
              <input type="radio" name="accent" value={accent.id} checked={index === 0} />
              {accent.label}
            </label>
          ))}
        </fieldset>
        <fieldset class="settings__group">
          <legend>字号</legend>
          {sizes.map((size) => (
            <label class="settings__choice">
              <input type="radio" name="size" value={size.value} checked={size.value === 'normal'} />
              {size.label}
            </label>
          ))}
        </fieldset>
      </div>
    </div>
  );
}
