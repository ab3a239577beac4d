import { describe, expect, it } from 'vitest';
import { serviceWorkerVersion } from '../../../src/offline/serviceWorkerVersion.js';

const files = [
  { path: '/', content: '<h1>首页</h1>' },
  { path: '/assets/site.0123456789.css', content: Buffer.from('a{}') },
];

describe('serviceWorkerVersion', () => {
  it('is the same for the same paths and bytes', () => {
    expect(serviceWorkerVersion(files)).toMatch(/^[0-9a-f]{12}$/);
    expect(serviceWorkerVersion(files)).toBe(
      serviceWorkerVersion(files.map((file) => ({ ...file }))),
    );
  });

  it('changes when a precached file changes, or a path does', () => {
    const base = serviceWorkerVersion(files);
    expect(serviceWorkerVersion([{ ...files[0]!, content: '<h1>首页!</h1>' }, files[1]!])).not.toBe(
      base,
    );
    expect(serviceWorkerVersion([{ ...files[0]!, path: '/tags/' }, files[1]!])).not.toBe(base);
    expect(serviceWorkerVersion(files.slice(0, 1))).not.toBe(base);
  });

  it('does not mistake a split between path and content for another file', () => {
    expect(serviceWorkerVersion([{ path: '/a', content: 'b' }])).not.toBe(
      serviceWorkerVersion([{ path: '/ab', content: '' }]),
    );
  });
});
