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

/** One radio group of the panel; each radio sits over its visible pill so clicks and taps land on it. */
function Choices(props: {
  legend: string;
  name: string;
  choices: readonly { value: string; label: string; swatch?: boolean }[];
  checked: string;
}) {
  return (
    <fieldset class="settings__group">
      <legend class="settings__legend">{props.legend}</legend>
      <div class="settings__choices">
        {props.choices.map((choice) => (
          <label
            class={choice.swatch ? 'settings__choice settings__swatch' : 'settings__choice'}
            data-accent-swatch={choice.swatch ? choice.value : undefined}
          >
            <input
              class="settings__radio"
              type="radio"
              name={props.name}
              value={choice.value}
              checked={choice.value === props.checked}
            />
            <span class="settings__label">{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * Renders the 设置 button and panel: 日夜间, 主题色, 字号. Both start hidden and the settings
 * script reveals the button, so without JavaScript the page simply follows the system theme.
 */
export function SettingsPanel() {
  const accents = accentPresets.map((p) => ({ value: p.id, label: p.label, swatch: true }));
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
      <div
        id="settings-panel"
        class="settings__panel"
        role="dialog"
        aria-labelledby="settings-title"
        hidden
      >
        <div class="settings__head">
          <h2 id="settings-title" class="settings__title">
            阅读设置
          </h2>
          <button type="button" class="settings__close">
            完成
          </button>
        </div>
        <Choices legend="日夜间" name="scheme" choices={schemes} checked="system" />
        <Choices
          legend="主题色"
          name="accent"
          choices={accents}
          checked={accents[0]?.value ?? ''}
        />
        <Choices legend="字号" name="size" choices={sizes} checked="normal" />
      </div>
    </div>
  );
}
