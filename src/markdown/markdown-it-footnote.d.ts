// markdown-it-footnote 4.0.0 ships no types; this covers the one call we make.
declare module 'markdown-it-footnote' {
  import type { MarkdownIt } from 'markdown-it';

  /** Adds `[^1]` footnotes, rendered as a numbered list at the end of the document. */
  export default function footnote(md: MarkdownIt): void;
}
