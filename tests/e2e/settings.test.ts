import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { accentPresets } from '../../src/client/accentPresets.js';
import { launchChromium } from './support/launchChromium.js';
import { usePageSession } from './support/pageSession.js';

// The 设置 panel in real Chromium against the built sample site (issue 5).

const article = '/2024/05/28/马斯克与lecun/';
const otherArticle = '/2024/03/08/typography/';
const white = 'rgb(255, 255, 255)';
const darkBg = 'rgb(21, 23, 28)';

const session = usePageSession({ context: { colorScheme: 'light' }, timeoutMs: 5_000 });
const { newPage } = session;

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** Opens 设置 (unless open) and picks a choice the way a reader does, by clicking its pill. */
async function choose(page: Page, name: string, value: string): Promise<void> {
  if ((await page.getAttribute('.settings__toggle', 'aria-expanded')) !== 'true') {
    await page.click('.settings__toggle');
  }
  await page.click(`.settings__choice:has(input[name="${name}"][value="${value}"])`);
}

/** What the reader sees: the page background, link and accent colours, and the browser's colour metas. */
function look(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const activeThemeColor = [...document.querySelectorAll('meta[name="theme-color"]')].find(
      (meta) => matchMedia(meta.getAttribute('media') ?? 'all').matches,
    );
    return {
      theme: root.getAttribute('data-theme'),
      accent: root.getAttribute('data-accent'),
      size: root.getAttribute('data-size'),
      background: getComputedStyle(document.body).backgroundColor,
      colorScheme: getComputedStyle(root).colorScheme,
      link: ((link: Element | null) => (link ? getComputedStyle(link).color : null))(
        document.querySelector('.meta a, .references a, .page-404 .main a'),
      ),
      siteName: getComputedStyle(document.querySelector('.site-name')!).backgroundColor,
      themeColor: activeThemeColor?.getAttribute('content'),
      checked: [...document.querySelectorAll<HTMLInputElement>('.settings__radio:checked')].map(
        (radio) => `${radio.name}=${radio.value}`,
      ),
    };
  });
}

describe('日夜间', () => {
  const cases = [
    { scheme: 'light', background: white, colorScheme: 'light' },
    { scheme: 'dark', background: darkBg, colorScheme: 'dark' },
    { scheme: 'system', background: white, colorScheme: 'light dark' },
  ];
  for (const { scheme, background, colorScheme } of cases) {
    test(`${scheme} applies at once and persists across reload and navigation`, async () => {
      const page = await newPage();
      await page.goto(session.site().url(article));
      // Start from the opposite explicit choice so every case really changes something.
      await choose(page, 'scheme', scheme === 'dark' ? 'light' : 'dark');
      await choose(page, 'scheme', scheme);
      const expected = { theme: scheme, background, colorScheme };
      expect(await look(page)).toMatchObject(expected);
      await page.reload();
      expect(await look(page)).toMatchObject({
        ...expected,
        checked: expect.arrayContaining([`scheme=${scheme}`]) as unknown,
      });
      await page.click('.site-name');
      await page.waitForURL(session.site().url('/'));
      expect(await look(page)).toMatchObject(expected);
    });
  }
});

describe('主题色', () => {
  test('every preset drives links, the logo and theme-color, and persists across reload and navigation', async () => {
    const page = await newPage();
    await page.goto(session.site().url(article));
    for (const preset of accentPresets) {
      await choose(page, 'accent', preset.id);
      const expected = {
        accent: preset.id,
        link: rgb(preset.light),
        siteName: rgb(preset.light),
        themeColor: preset.light,
      };
      expect(await look(page)).toMatchObject(expected);
      await page.reload();
      expect(await look(page)).toMatchObject({
        ...expected,
        checked: expect.arrayContaining([`accent=${preset.id}`]) as unknown,
      });
      await page.goto(session.site().url(otherArticle));
      expect(await look(page)).toMatchObject(expected);
      await page.goto(session.site().url(article));
    }
  });

  test('on dark pages each preset uses its dark colour, for links and theme-color alike', async () => {
    const page = await newPage({ colorScheme: 'dark' });
    await page.goto(session.site().url(article));
    for (const preset of accentPresets) {
      await choose(page, 'accent', preset.id);
      expect(await look(page)).toMatchObject({ link: rgb(preset.dark), themeColor: preset.dark });
    }
    await page.reload();
    const last = accentPresets[accentPresets.length - 1]!;
    expect(await look(page)).toMatchObject({
      background: darkBg,
      link: rgb(last.dark),
      themeColor: last.dark,
    });
  });

  test('an explicit 深色 choice switches theme-color to the dark accent even on a light system', async () => {
    const page = await newPage({ colorScheme: 'light' });
    await page.goto(session.site().url(article));
    await choose(page, 'accent', 'blue');
    await choose(page, 'scheme', 'dark');
    const blue = accentPresets.find((preset) => preset.id === 'blue')!;
    expect(await look(page)).toMatchObject({ themeColor: blue.dark, link: rgb(blue.dark) });
    await page.reload();
    expect(await look(page)).toMatchObject({ themeColor: blue.dark, link: rgb(blue.dark) });
    expect(await page.getAttribute('meta[name="color-scheme"]', 'content')).toBe('dark');
  });
});

describe('字号', () => {
  test('小 / 标准 / 大 scale the article text and persist', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(session.site().url(article));
    const bodySize = () =>
      page.evaluate(() =>
        parseFloat(getComputedStyle(document.querySelector('.article__body')!).fontSize),
      );
    const normal = await bodySize();
    await choose(page, 'size', 'large');
    const large = await bodySize();
    await choose(page, 'size', 'small');
    const small = await bodySize();
    expect(small).toBeLessThan(normal);
    expect(large).toBeGreaterThan(normal);
    expect(large / normal).toBeCloseTo(1.15, 2);
    await page.reload();
    expect(await bodySize()).toBe(small);
    expect((await look(page)).size).toBe('small');
  });
});

describe('first paint', () => {
  test('a stored 深色 is on <html> before <body> exists and the page is dark at its first frame and DOMContentLoaded', async () => {
    const page = await newPage({ colorScheme: 'light' });
    await page.goto(session.site().url(article));
    await choose(page, 'scheme', 'dark');
    await choose(page, 'accent', 'green');
    await page.addInitScript(() => {
      const seen: Record<string, string | null> = {};
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver((_records, observer) => {
        if (!document.body) return;
        seen['themeAtBody'] = document.documentElement.getAttribute('data-theme');
        seen['accentAtBody'] = document.documentElement.getAttribute('data-accent');
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
      requestAnimationFrame(() => {
        seen['firstFrame'] = getComputedStyle(document.documentElement).backgroundColor;
      });
      document.addEventListener('DOMContentLoaded', () => {
        seen['domContentLoaded'] = getComputedStyle(document.body).backgroundColor;
      });
    });
    await page.goto(session.site().url(otherArticle));
    const seen = await page.evaluate(
      () => (window as unknown as { seen: Record<string, string> }).seen,
    );
    expect(seen).toEqual({
      themeAtBody: 'dark',
      accentAtBody: 'green',
      firstFrame: darkBg,
      domContentLoaded: darkBg,
    });
  });

  test('back/forward (page reloaded) shows a choice made on the later page', async () => {
    const page = await newPage();
    await page.goto(session.site().url(article));
    await page.click('.article-nav__older');
    await page.waitForURL((url) => url.href !== session.site().url(article));
    await choose(page, 'scheme', 'dark');
    await choose(page, 'accent', 'purple');
    await page.goBack();
    await page.waitForURL(session.site().url(article));
    const purple = accentPresets.find((preset) => preset.id === 'purple')!;
    expect(await look(page)).toMatchObject({
      theme: 'dark',
      background: darkBg,
      link: rgb(purple.dark),
    });
    await page.click('.settings__toggle');
    expect((await look(page)).checked).toEqual(['scheme=dark', 'accent=purple', 'size=normal']);
  });

  test('a page restored from the back/forward cache picks up a choice made on the later page', async () => {
    const browser = await launchChromium({ backForwardCache: true });
    try {
      const page = await browser.newPage({ colorScheme: 'light' });
      session.watchErrors(page);
      await page.addInitScript(() => {
        addEventListener('pageshow', (event) => {
          (window as unknown as { restored: boolean }).restored = event.persisted;
        });
      });
      await page.goto(session.site().url(article));
      await page.click('.article-nav__older');
      await page.waitForURL((url) => url.href !== session.site().url(article));
      await choose(page, 'scheme', 'dark');
      await choose(page, 'size', 'large');
      // A page restored from the cache fires no load event, so wait for its pageshow instead.
      await page.goBack({ waitUntil: 'commit' });
      await page.waitForFunction(
        () => (window as unknown as { restored?: boolean }).restored === true,
      );
      expect(await look(page)).toMatchObject({ theme: 'dark', size: 'large', background: darkBg });
      await page.click('.settings__toggle');
      expect((await look(page)).checked).toEqual(['scheme=dark', 'accent=red', 'size=large']);
    } finally {
      await browser.close();
    }
  });
});

describe('随系统', () => {
  test('follows prefers-color-scheme live, until an explicit choice overrides it, and again after 随系统', async () => {
    const page = await newPage({ colorScheme: 'light' });
    await page.goto(session.site().url(article));
    expect(await look(page)).toMatchObject({ theme: 'system', background: white });
    await page.emulateMedia({ colorScheme: 'dark' });
    const red = accentPresets[0]!;
    expect(await look(page)).toMatchObject({
      background: darkBg,
      themeColor: red.dark,
      link: rgb(red.dark),
    });
    await choose(page, 'scheme', 'light');
    expect(await look(page)).toMatchObject({ background: white, themeColor: red.light });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect((await look(page)).background).toBe(white);
    await choose(page, 'scheme', 'system');
    expect(await look(page)).toMatchObject({ background: darkBg, themeColor: red.dark });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await look(page)).toMatchObject({ background: white, themeColor: red.light });
  });
});

describe('panel behaviour', () => {
  test('keyboard only: Tab to 设置, Enter opens with focus inside, arrows choose, Escape closes and returns focus', async () => {
    const page = await newPage();
    await page.goto(session.site().url(article));
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return el?.matches('.settings__radio') ? `${el.name}=${el.value}` : (el?.className ?? '');
      });
    let steps = 0;
    while ((await focused()) !== 'settings__toggle') {
      expect(++steps, 'Tab never reached the 设置 button').toBeLessThan(20);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    expect(await page.isVisible('#settings-panel')).toBe(true);
    expect(await page.getAttribute('.settings__toggle', 'aria-expanded')).toBe('true');
    expect(await focused()).toBe('scheme=system');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('scheme=dark');
    expect(await look(page)).toMatchObject({ theme: 'dark', background: darkBg });
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('accent=red');
    await page.keyboard.press('ArrowRight');
    expect(await look(page)).toMatchObject({ accent: 'blue' });
    await page.keyboard.press('Escape');
    expect(await page.isHidden('#settings-panel')).toBe(true);
    expect(await focused()).toBe('settings__toggle');
    expect(await page.getAttribute('.settings__toggle', 'aria-expanded')).toBe('false');
    await page.keyboard.press('Space');
    expect(await page.isVisible('#settings-panel')).toBe(true);
    expect(await focused()).toBe('scheme=dark');
  });

  test('the panel has accessible names: a labelled dialog and labelled radio groups', async () => {
    const page = await newPage();
    await page.goto(session.site().url(article));
    await page.getByRole('button', { name: '设置' }).click();
    const dialog = page.getByRole('dialog', { name: '阅读设置' });
    expect(await dialog.isVisible()).toBe(true);
    for (const [group, radios] of [
      ['日夜间', ['随系统', '浅色', '深色']],
      ['主题色', accentPresets.map((preset) => preset.label)],
      ['字号', ['小', '标准', '大']],
    ] as const) {
      const fieldset = dialog.getByRole('group', { name: group });
      for (const name of radios)
        expect(await fieldset.getByRole('radio', { name }).count()).toBe(1);
    }
  });

  test('a click outside closes it; 完成 closes it and returns focus', async () => {
    const page = await newPage();
    await page.goto(session.site().url(article));
    await page.click('.settings__toggle');
    expect(await page.isVisible('#settings-panel')).toBe(true);
    await page.click('.article__title');
    expect(await page.isHidden('#settings-panel')).toBe(true);
    await page.click('.settings__toggle');
    await page.click('.settings__close');
    expect(await page.isHidden('#settings-panel')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('settings__toggle');
  });

  test('with storage blocked (private mode) the page works and choices apply for the visit', async () => {
    const page = await newPage();
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('storage is disabled', 'SecurityError');
        },
      });
    });
    await page.goto(session.site().url(article));
    expect(await look(page)).toMatchObject({ theme: 'system', accent: 'red' });
    await choose(page, 'scheme', 'dark');
    await choose(page, 'accent', 'orange');
    expect(await look(page)).toMatchObject({ theme: 'dark', accent: 'orange', background: darkBg });
    await page.reload();
    expect(await look(page)).toMatchObject({ theme: 'system', accent: 'red', background: white });
  });
});

describe('without JavaScript', () => {
  for (const [colorScheme, background] of [
    ['light', white],
    ['dark', darkBg],
  ] as const) {
    test(`follows a ${colorScheme} system with the default accent and hides 设置`, async () => {
      const page = await newPage({ javaScriptEnabled: false, colorScheme });
      await page.goto(session.site().url(article));
      const red = accentPresets[0]!;
      expect(await look(page)).toMatchObject({
        theme: 'system',
        background,
        link: rgb(colorScheme === 'dark' ? red.dark : red.light),
        themeColor: colorScheme === 'dark' ? red.dark : red.light,
      });
      expect(await page.isHidden('.settings__toggle')).toBe(true);
      expect(await page.isHidden('#settings-panel')).toBe(true);
    });
  }
});
