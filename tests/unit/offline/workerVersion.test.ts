import { describe, expect, it } from 'vitest';
import { workerVersion } from '../../../src/offline/workerVersion.js';

const files = [
  { path: '/', content: '<h1>首页</h1>' },
  { path: '/assets/site.0123456789.css', content: Buffer.from('a{}') },
];

describe('workerVersion', () => {
  it('is the same for the same paths and bytes', () => {
    expect(workerVersion(files)).toMatch(/^[0-9a-f]{12}$/);
    expect(workerVersion(files)).toBe(workerVersion(files.map((file) => ({ ...file }))));
  });

  it('changes when a precached file changes, or a path does', () => {
    const base = workerVersion(files);
    expect(workerVersion([{ ...files[0]!, content: '<h1>首页!</h1>' }, files[1]!])).not.toBe(base);
    expect(workerVersion([{ ...files[0]!, path: '/tags/' }, files[1]!])).not.toBe(base);
    expect(workerVersion(files.slice(0, 1))).not.toBe(base);
  });

  it('does not mistake a split between path and content for another file', () => {
    expect(workerVersion([{ path: '/a', content: 'b' }])).not.toBe(
      workerVersion([{ path: '/ab', content: '' }]),
    );
  });
});
