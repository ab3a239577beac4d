import { describe, expect, it } from 'vitest';
import { stripLeadingSubPath } from '../../../src/plugins/stripLeadingSubPath.js';

describe('stripLeadingSubPath', () => {
  it('strips a folder the path is inside', () => {
    expect(stripLeadingSubPath('/srv/site/content/a.md', '/srv/site')).toBe('content/a.md');
    expect(stripLeadingSubPath('/srv/site/content/a.md', '/srv/site/')).toBe('content/a.md');
    expect(stripLeadingSubPath('./content/a.md', './content')).toBe('a.md');
    expect(stripLeadingSubPath('/srv/site', '/srv/site')).toBe('');
  });

  it('leaves a path that only begins with the same text', () => {
    expect(stripLeadingSubPath('/srv/site-content/a.md', '/srv/site')).toBe(
      '/srv/site-content/a.md',
    );
    expect(stripLeadingSubPath('content-old/a.md', 'content')).toBe('content-old/a.md');
  });

  it('leaves paths outside the folder, and every path when the folder is "."', () => {
    expect(stripLeadingSubPath('/tmp/a.md', '/srv/site')).toBe('/tmp/a.md');
    expect(stripLeadingSubPath('content/a.md', '.')).toBe('content/a.md');
  });

  it('strips the root folder by one slash', () => {
    expect(stripLeadingSubPath('/srv/a.md', '/')).toBe('srv/a.md');
  });
});
