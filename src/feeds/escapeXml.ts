const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // &#39; rather than &apos;: RSS descriptions are escaped twice and read as HTML, where old parsers lack &apos;.
  "'": '&#39;',
};

// Escaping `>` also breaks up `]]>`, which XML forbids in text. The rest are outside XML 1.0's
// Char production (https://www.w3.org/TR/xml/#charsets): C0 controls except tab, LF and CR,
// U+FFFE, U+FFFF and unpaired surrogates. They are dropped, since no escape makes them legal.
const unsafe =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML 1.0 forbids is the point
  /[&<>"']|[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Makes any string safe as XML text or attribute value, so a hostile title can never break a feed. */
export function escapeXml(text: string): string {
  return text.replace(unsafe, (character) => entities[character] ?? '');
}
