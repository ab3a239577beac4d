// Node has no strict XML parser and cheerio's is forgiving, so feed tests check well-formedness
// with this: enough of XML 1.0 for what our generators write (declaration, elements, attributes,
// text, the five entities and character references), and an error for anything else.
const name = String.raw`[A-Za-z_][\w.:-]*`;
const quoted = String.raw`(?:"[^"<]*"|'[^'<]*')`;
const token = new RegExp(
  String.raw`<\/(${name})\s*>|<(${name})((?:\s+${name}\s*=\s*${quoted})*)\s*(\/?)>|([^<]+)`,
  'y',
);
const attributes = new RegExp(String.raw`\s+(${name})\s*=\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g');
const badReference = /&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[\da-fA-F]+);)/;
const illegalCharacter =
  // eslint-disable-next-line no-control-regex -- these are what XML 1.0 forbids
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Throws, saying where, unless `xml` is a well-formed XML 1.0 document with one root element. */
export function assertWellFormedXml(xml: string): void {
  const declaration = /^<\?xml version="1\.0" encoding="(?:utf|UTF)-8"\?>/.exec(xml);
  if (declaration === null) throw new Error('no XML declaration at the start');
  if (illegalCharacter.test(xml)) throw new Error('a character XML 1.0 forbids');
  const open: string[] = [];
  let roots = 0;
  token.lastIndex = declaration[0].length;
  while (token.lastIndex < xml.length) {
    const at = token.lastIndex;
    const match = token.exec(xml);
    if (match === null) throw new Error(`unexpected markup at ${at}: ${xml.slice(at, at + 40)}`);
    const [, closing, opening, attributeText = '', selfClosing, text] = match;
    if (text !== undefined) {
      if (open.length === 0 && text.trim() !== '')
        throw new Error(`text outside the root at ${at}`);
      if (badReference.test(text)) throw new Error(`a bare & in text at ${at}`);
      if (text.includes(']]>')) throw new Error(`]]> in text at ${at}`);
    } else if (closing !== undefined) {
      if (open.pop() !== closing) throw new Error(`</${closing}> closes nothing open at ${at}`);
    } else if (opening !== undefined) {
      if (open.length === 0 && ++roots > 1) throw new Error(`a second root element at ${at}`);
      const seen = new Set<string>();
      for (const [, attributeName = '', double, single] of attributeText.matchAll(attributes)) {
        if (seen.has(attributeName)) throw new Error(`duplicate ${attributeName} at ${at}`);
        seen.add(attributeName);
        if (badReference.test(double ?? single ?? ''))
          throw new Error(`a bare & in ${attributeName}`);
      }
      if (selfClosing !== '/') open.push(opening);
    }
  }
  if (open.length > 0) throw new Error(`unclosed <${open.join('>, <')}>`);
  if (roots !== 1) throw new Error('no root element');
}
