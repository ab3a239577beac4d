import { describe, expect, it } from 'vitest';
import { serviceWorkerScript } from '../../../src/offline/serviceWorkerScript.js';

describe('serviceWorkerScript', () => {
  it('puts the config in front of the compiled worker as const ZIXUN', () => {
    const config = {
      version: 'abc',
      shell: ['/'],
      articles: ['/2024/06/03/a/'],
      offlinePage: '/offline/',
      maxVisited: 200,
      networkTimeout: 3000,
    };
    const script = serviceWorkerScript(config, 'self.addEventListener("fetch", () => {});\n');
    const [first, rest] = script.split('\n', 2);
    expect(first).toBe(`const ZIXUN = ${JSON.stringify(config)};`);
    expect(rest).toBe('self.addEventListener("fetch", () => {});');
  });
});
