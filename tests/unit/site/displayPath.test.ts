import { describe, expect, it } from 'vitest';
import { displayPath } from '../../../src/site/displayPath.js';

describe('displayPath', () => {
  it('shows a path inside cwd relative to it, a folder named like "..x" included', () => {
    expect(displayPath('/srv/site/content/a.md', '/srv/site')).toBe('content/a.md');
    expect(displayPath('/srv/site/..drafts/a.md', '/srv/site')).toBe('..drafts/a.md');
  });

  it('shows a path outside cwd in full, a sibling that begins with the same text included', () => {
    expect(displayPath('/srv/site-content/a.md', '/srv/site')).toBe('/srv/site-content/a.md');
    expect(displayPath('/tmp/a.md', '/srv/site')).toBe('/tmp/a.md');
  });
});
