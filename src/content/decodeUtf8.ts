const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes strictly, so a GBK-encoded file is reported instead of turning into mojibake on the page. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}
