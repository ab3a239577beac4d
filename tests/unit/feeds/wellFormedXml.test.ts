import { expect, it } from 'vitest';
import { assertWellFormedXml } from './wellFormedXml.js';

const declaration = '<?xml version="1.0" encoding="utf-8"?>\n';

// The feed tests rely on this checker, so it must reject what a real XML parser rejects.
it('accepts a well-formed document', () => {
  expect(() =>
    assertWellFormedXml(
      `${declaration}<a x="1 &amp; 2" y='&#39;'>t &lt; &#x4E2D; <b/><c>]]&gt;</c></a>\n`,
    ),
  ).not.toThrow();
});

it.each([
  ['no declaration', '<a/>', 'no XML declaration at the start'],
  ['a raw <', `${declaration}<a>1 < 2</a>`, 'unexpected markup at 44: < 2</a>'],
  ['a bare &', `${declaration}<a>Tom & Jerry</a>`, 'a bare & in text at 42'],
  ['a bare & in an attribute', `${declaration}<a t="&x"/>`, 'a bare & in t'],
  ['a CDATA end', `${declaration}<a>]]></a>`, ']]> in text at 42'],
  ['a control character', `${declaration}<a>\u0001</a>`, 'a character XML 1.0 forbids'],
  ['an unpaired surrogate', `${declaration}<a>\uD800</a>`, 'a character XML 1.0 forbids'],
  ['crossed tags', `${declaration}<a><b></a></b>`, '</a> closes nothing open at 45'],
  ['an unclosed tag', `${declaration}<a><b>`, 'unclosed <a>, <b>'],
  ['two roots', `${declaration}<a/><b/>`, 'a second root element at 43'],
  ['text outside the root', `${declaration}<a/>x`, 'text outside the root at 43'],
  ['a duplicate attribute', `${declaration}<a x="1" x="2"/>`, 'duplicate x at 39'],
  ['no root', declaration, 'no root element'],
])('rejects %s', (_name, xml, message) => {
  expect(() => assertWellFormedXml(xml)).toThrow(message);
});
