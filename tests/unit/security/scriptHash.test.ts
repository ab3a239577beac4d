import { describe, expect, it } from 'vitest';
import { scriptHash } from '../../../src/security/scriptHash.js';

describe('scriptHash', () => {
  it('matches the CSP specification’s example hash', () => {
    // https://www.w3.org/TR/CSP2/#script-src-hash-usage
    expect(scriptHash("alert('Hello, world.');")).toBe(
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    );
  });

  it('hashes the UTF-8 bytes, as browsers do (sha256sum of the same text)', () => {
    expect(scriptHash('"设置"')).toBe(
      `'sha256-${Buffer.from('94dfe5d54c4e3a09ddee81a0a5f7901b1ac7f388acbba6731d2244b3f5648485', 'hex').toString('base64')}'`,
    );
  });
});
