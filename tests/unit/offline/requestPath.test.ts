import { describe, expect, it } from 'vitest';
import { requestPath } from '../../../src/offline/requestPath.js';

describe('requestPath', () => {
  it('percent-encodes Chinese paths as a browser requests them', () => {
    expect(requestPath('/', '/tags/人工智能/')).toBe('/tags/%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD/');
  });

  it('puts the base path in front', () => {
    expect(requestPath('/news/', '/')).toBe('/news/');
    expect(requestPath('/news/', '/sw.js')).toBe('/news/sw.js');
  });

  it('leaves characters a browser leaves alone, unlike encodeURI', () => {
    // `|` stays as typed in a URL path, where encodeURI would write %7C. (`^` is not used here: newer
    // WHATWG URL parsers, as in Node 24, percent-encode it in paths while Node 20's does not.)
    expect(requestPath('/', '/a|b/')).toBe('/a|b/');
    expect(encodeURI('/a|b/')).toBe('/a%7Cb/');
  });
});
