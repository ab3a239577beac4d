import { describe, expect, it } from 'vitest';
import { isPathInside } from '../../../src/cli/isPathInside.js';

describe('isPathInside', () => {
  it.each([
    ['/a/b', '/a/b', true],
    ['/a/b', '/a/b/c', true],
    ['/a/b', '/a/b/c/d', true],
    ['/a/b', '/a/b/..c', true],
    ['/a/b', '/a', false],
    ['/a/b', '/a/bc', false],
    ['/a/b', '/a/c', false],
    ['/', '/a', true],
    ['/a', '/', false],
  ])('%s holds %s: %s', (parent, child, inside) => {
    expect(isPathInside(parent, child)).toBe(inside);
  });
});
