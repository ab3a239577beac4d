// Our own JSX runtime rather than preact + preact-render-to-string: the layouts only ever render
// to a string once, so building strings directly skips a virtual DOM per page (BENCHMARKS.md).
// Libraries that build strings either leave text unescaped unless marked (@kitajs/html) or come
// inside a web framework (hono/jsx). The output follows preact-render-to-string 6 byte for byte,
// so pages and the service worker's unescaping are unchanged. Wired through package.json "imports" and tsconfig's jsxImportSource "#html".

/** Markup that is already HTML: what every element and component renders to. */
export class Html {
  constructor(readonly html: string) {}
}

/** Anything a layout may put between tags: text is escaped, Html is kept, null/booleans vanish. */
export type Child = Html | string | number | bigint | boolean | null | undefined | readonly Child[];

/** Attributes of an intrinsic element; `false`, `null` and `undefined` leave the attribute out. */
export interface HtmlAttributes {
  children?: Child;
  /** The one way to insert raw HTML: markdown output and cached fragments, both built by us. */
  dangerouslySetInnerHTML?: { __html: string };
  [name: string]: Child | { __html: string };
}

type Component<Props> = (props: Props) => Html | null;

// eslint-disable-next-line @typescript-eslint/no-namespace -- TypeScript looks JSX types up as a namespace of the runtime.
export namespace JSX {
  export type Element = Html;
  export interface IntrinsicElements {
    [tag: string]: HtmlAttributes;
  }
  export interface ElementChildrenAttribute {
    children: unknown;
  }
}

// Void elements are written `<meta …/>`, as preact-render-to-string writes them.
const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'command',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

const needsEscape = /["&<]/;

/** Escapes `"`, `&` and `<`, which is enough for text and for double-quoted attribute values. */
export function escapeHtml(text: string): string {
  if (!needsEscape.test(text)) return text;
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const entity = code === 34 ? '&quot;' : code === 38 ? '&amp;' : code === 60 ? '&lt;' : '';
    if (entity === '') continue;
    out += text.slice(last, i) + entity;
    last = i + 1;
  }
  return out + text.slice(last);
}

function childrenHtml(child: Child): string {
  if (child === null || child === undefined || typeof child === 'boolean') return '';
  if (typeof child === 'string') return escapeHtml(child);
  if (child instanceof Html) return child.html;
  if (Array.isArray(child)) {
    let html = '';
    for (const item of child as readonly Child[]) html += childrenHtml(item);
    return html;
  }
  return escapeHtml((child as number | bigint).toString());
}

function attributesHtml(props: HtmlAttributes): string {
  let html = '';
  for (const name in props) {
    if (name === 'children' || name === 'dangerouslySetInnerHTML') continue;
    const raw = props[name];
    // Markup or a list is never an attribute value; null and undefined leave the attribute out.
    if (raw === null || raw === undefined || typeof raw === 'object') continue;
    // aria-* and data-* take "true"/"false" rather than a bare or missing attribute.
    const value = name[4] === '-' ? String(raw) : raw;
    if (value === false) continue;
    if (value === true || value === '') html += ` ${name}`;
    else html += ` ${name}="${escapeHtml(value.toString())}"`;
  }
  return html;
}

/** Renders an element or calls a component, as compiled JSX does for every tag. */
export function jsx(type: string | Component<never>, props: HtmlAttributes): Html | null {
  if (typeof type === 'function') return (type as Component<HtmlAttributes>)(props);
  const open = `<${type}${attributesHtml(props)}`;
  const inner = props.dangerouslySetInnerHTML?.__html || childrenHtml(props.children);
  if (inner === '' && voidElements.has(type)) return new Html(`${open}/>`);
  return new Html(`${open}>${inner}</${type}>`);
}

export { jsx as jsxs };

/** `<>…</>`: its children, with no element around them. */
export function Fragment(props: { children?: Child }): Html {
  return new Html(childrenHtml(props.children));
}

/** The HTML of a rendered tree. */
export function renderHtml(node: Html | null): string {
  return node === null ? '' : node.html;
}
