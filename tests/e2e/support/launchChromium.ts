import { chromium, type Browser } from 'playwright-core';

/** Flags that keep headless Chromium quiet and offline apart from the pages under test. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/**
 * Launches the system Chromium (CHROME_PATH, else /usr/bin/chromium); `npx playwright install`
 * cannot download here. Playwright turns the back/forward cache off unless asked to keep it.
 */
export function launchChromium(options: { backForwardCache?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROME_PATH'] || '/usr/bin/chromium',
    args: chromiumArgs,
    headless: true,
    ...(options.backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
  });
}
