/** An accent as the head script needs it: id, colour on light pages, colour on dark pages. */
export type AccentColours = readonly [id: string, light: string, dark: string];

/**
 * Applies stored reader settings to <html> and the colour metas before first paint, again when
 * the page comes back from the back/forward cache and when another tab changes them. It is
 * inlined into <head> after the metas, so it must not reference anything outside its own body.
 */
export function themeBootstrap(accents: readonly [AccentColours, ...AccentColours[]]): void {
  const root = document.documentElement;
  const apply = () => {
    let scheme: string | null = null;
    let accent: string | null = null;
    let size: string | null = null;
    try {
      scheme = localStorage.getItem('zixun:scheme');
      accent = localStorage.getItem('zixun:accent');
      size = localStorage.getItem('zixun:size');
    } catch {
      // Storage can be blocked (private mode, sandboxed frames); defaults still apply.
    }
    const fixed = scheme === 'light' || scheme === 'dark' ? scheme : '';
    const colours = accents.find((preset) => preset[0] === accent) ?? accents[0];
    root.setAttribute('data-theme', fixed || 'system');
    root.setAttribute('data-accent', colours[0]);
    root.setAttribute('data-size', size === 'small' || size === 'large' ? size : 'normal');
    document.querySelectorAll('meta[name="theme-color"]').forEach((meta) => {
      const dark = fixed ? fixed === 'dark' : meta.getAttribute('media')?.includes('dark');
      meta.setAttribute('content', colours[dark ? 2 : 1]);
    });
    document
      .querySelector('meta[name="color-scheme"]')
      ?.setAttribute('content', fixed || 'light dark');
  };
  apply();
  addEventListener('pageshow', (event) => {
    if (event.persisted) apply();
  });
  addEventListener('storage', apply);
}
