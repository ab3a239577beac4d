import { describe, expect, it } from 'vitest';
import { relativeUrl } from '../../../src/site/relativeUrl.js';

describe('relativeUrl', () => {
  it('climbs out of the page folder and names index.html', () => {
    expect(relativeUrl('/2024/05/28/a/', '/tags/ai/')).toBe('../../../../tags/ai/index.html');
  });

  it('links the home page from itself and from the site root', () => {
    expect(relativeUrl('/', '/')).toBe('index.html');
    expect(relativeUrl('/tags/', '/')).toBe('../index.html');
  });

  it('keeps the shared folders of both paths', () => {
    expect(relativeUrl('/tags/a/', '/tags/b/')).toBe('../b/index.html');
    expect(relativeUrl('/archive/2024/', '/archive/2024/05/')).toBe('05/index.html');
  });

  it('links a file by its own name', () => {
    expect(relativeUrl('/search/', '/assets/site.abc.css')).toBe('../assets/site.abc.css');
    expect(relativeUrl('/404.html', '/feed.xml')).toBe('feed.xml');
  });

  it('keeps a query or fragment after the file name', () => {
    expect(relativeUrl('/a/', '/b/#top')).toBe('../b/index.html#top');
    expect(relativeUrl('/a/', '/search/?q=ai')).toBe('../search/index.html?q=ai');
  });

  it('leaves links that are not site paths alone', () => {
    expect(relativeUrl('/a/', 'https://example.com/x')).toBe('https://example.com/x');
    expect(relativeUrl('/a/', '#footnote-1')).toBe('#footnote-1');
  });
});
