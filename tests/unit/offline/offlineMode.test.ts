import { describe, expect, it } from 'vitest';
import { offlineMode } from '../../../src/offline/offlineMode.js';

const offline = (enabled: boolean) => ({ enabled, precacheArticles: 30, maxVisited: 200 });

describe('offlineMode', () => {
  it('installs the worker in a production build', () => {
    expect(offlineMode({ portable: false, offline: offline(true) }, false)).toBe('service-worker');
  });

  it('ships the kill switch from the dev server, so it never installs the worker', () => {
    expect(offlineMode({ portable: false, offline: offline(true) }, true)).toBe('kill');
  });

  it('ships the kill switch when offline reading is turned off', () => {
    expect(offlineMode({ portable: false, offline: offline(false) }, false)).toBe('kill');
  });

  it('ships nothing in the portable build, where file:// has no service workers', () => {
    expect(offlineMode({ portable: true, offline: offline(true) }, false)).toBe('none');
    expect(offlineMode({ portable: true, offline: offline(false) }, true)).toBe('none');
  });
});
