import { describe, expect, it } from 'vitest';
import { cspPolicy } from '../../../src/security/cspPolicy.js';

const hash = "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='";

/** `directive → sources` of a policy string. */
function directives(policy: string): Record<string, string> {
  return Object.fromEntries(
    policy.split('; ').map((part) => {
      const [name = '', ...sources] = part.split(' ');
      return [name, sources.join(' ')];
    }),
  );
}

describe('cspPolicy', () => {
  it('allows scripts from the site and the inline ones by hash only', () => {
    const policy = directives(cspPolicy([hash, "'sha256-b'"], 'header'));
    expect(policy['script-src']).toBe(`'self' ${hash} 'sha256-b'`);
    expect(policy['style-src']).toBe("'self'");
    expect(policy).toMatchObject({
      'default-src': "'self'",
      'img-src': "'self' data: https:",
      'connect-src': "'self'",
      'worker-src': "'self'",
      'manifest-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'self'",
      'form-action': "'self'",
      'frame-ancestors': "'none'",
    });
  });

  it('never allows inline code or eval wholesale', () => {
    const policy = cspPolicy([hash], 'header');
    expect(policy).not.toMatch(/unsafe-|strict-dynamic|\*/);
  });

  it('leaves frame-ancestors out of the meta form, which browsers ignore there', () => {
    const header = cspPolicy([hash], 'header');
    const meta = cspPolicy([hash], 'meta');
    expect(meta).not.toContain('frame-ancestors');
    expect(header).toBe(`${meta}; frame-ancestors 'none'`);
  });

  it('with no hashes allows no inline script at all', () => {
    expect(directives(cspPolicy([], 'meta'))['script-src']).toBe("'self'");
  });
});
