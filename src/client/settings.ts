// The 设置 panel: reveals the button, opens and closes the panel, and applies and stores choices.
// It is served as one file, so it imports nothing; the head script has already applied stored choices.

/** The reader's choices, as on <html data-theme data-accent data-size>. */
type Choices = Record<'scheme' | 'accent' | 'size', string>;

(function () {
  const attributes = { scheme: 'data-theme', accent: 'data-accent', size: 'data-size' } as const;
  const names = Object.keys(attributes) as (keyof Choices)[];
  const root = document.documentElement;
  const toggle = document.querySelector<HTMLButtonElement>('.settings__toggle');
  const panel = document.getElementById('settings-panel');
  const settings = panel?.parentElement;
  if (!toggle || !panel || !settings) return;

  const radios = (name: string) =>
    panel.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`);

  const current = (): Choices => {
    const choices = {} as Choices;
    for (const name of names) choices[name] = root.getAttribute(attributes[name]) ?? '';
    return choices;
  };

  const showChoices = () => {
    const choices = current();
    for (const name of names) {
      for (const radio of radios(name)) radio.checked = radio.value === choices[name];
    }
  };

  const apply = (choices: Choices) => {
    for (const name of names) root.setAttribute(attributes[name], choices[name]);
    const style = getComputedStyle(root);
    const fixed = choices.scheme === 'system' ? '' : choices.scheme;
    document.querySelectorAll('meta[name="theme-color"]').forEach((meta) => {
      const dark = fixed ? fixed === 'dark' : meta.getAttribute('media')?.includes('dark');
      meta.setAttribute(
        'content',
        style.getPropertyValue(dark ? '--accent-dark' : '--accent-light').trim(),
      );
    });
    document
      .querySelector('meta[name="color-scheme"]')
      ?.setAttribute('content', fixed || 'light dark');
  };

  const store = (choices: Choices) => {
    try {
      for (const name of names) localStorage.setItem(`zixun:${name}`, choices[name]);
    } catch {
      // Private mode or blocked storage: the choice still applies to this page.
    }
  };

  const setOpen = (open: boolean, returnFocus: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
    if (open) {
      showChoices();
      panel.querySelector<HTMLInputElement>('input:checked')?.focus();
    } else if (returnFocus) {
      toggle.focus();
    }
  };
  const isOpen = () => !panel.hidden;

  toggle.addEventListener('click', () => setOpen(!isOpen(), true));
  panel.querySelector('.settings__close')?.addEventListener('click', () => setOpen(false, true));
  panel.addEventListener('change', (event) => {
    const radio = event.target as HTMLInputElement;
    const choices = { ...current(), [radio.name]: radio.value };
    apply(choices);
    store(choices);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isOpen()) {
      event.preventDefault();
      setOpen(false, true);
    }
  });
  // A click or tap elsewhere closes the panel; so does tabbing out of it.
  document.addEventListener('click', (event) => {
    if (isOpen() && !settings.contains(event.target as Node)) setOpen(false, false);
  });
  settings.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (isOpen() && next && !settings.contains(next)) setOpen(false, false);
  });
  addEventListener('pageshow', (event) => {
    if (event.persisted) showChoices();
  });
  addEventListener('storage', showChoices);

  showChoices();
  toggle.hidden = false;
})();
