/** The 64 digits of a posting: URL- and JSON-safe, so a shard line needs no escaping. */
export const POSTING_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Writes one posting as a few ASCII digits: (gap from the previous document of the same token
 * × 16 + field mask) in base 32, low digits first, a digit with bit 32 set meaning "more follow".
 * A token's postings are these in document order; decodePostings reads them. A JSON array of
 * numbers was about twice as large. Returns the offset after the last byte written.
 */
export function encodePosting(bytes: Uint8Array, at: number, gap: number, mask: number): number {
  let value = gap * 16 + mask;
  while (value >= 32) {
    bytes[at++] = POSTING_DIGITS.charCodeAt(32 + (value % 32));
    value = Math.floor(value / 32);
  }
  bytes[at++] = POSTING_DIGITS.charCodeAt(value);
  return at;
}
