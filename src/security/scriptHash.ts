import { createHash } from 'node:crypto';

/**
 * The CSP source that allows one inline script by its exact text, `'sha256-<base64>'`: browsers
 * hash the UTF-8 bytes between `<script>` and `</script>` (https://www.w3.org/TR/CSP3/#match-element-to-source-list).
 */
export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}
