/**
 * Applies stored reader settings to <html> before first paint. It is inlined into <head> as
 * `(source)()`, so it must not reference anything outside its own body.
 */
export function themeBootstrap(): void {
  const root = document.documentElement;
  try {
    const scheme = localStorage.getItem('zixun:scheme');
    const accent = localStorage.getItem('zixun:accent');
    const size = localStorage.getItem('zixun:size');
    if (scheme === 'light' || scheme === 'dark') root.setAttribute('data-theme', scheme);
    if (accent) root.setAttribute('data-accent', accent);
    if (size) root.setAttribute('data-size', size);
  } catch {
    // Storage can be blocked (private mode, sandboxed frames); defaults still apply.
  }
  root.classList.add('js');
}
