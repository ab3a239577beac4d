// markdown-it-cjk-breaks 2.0.0 ships no types; this covers the one call we make.
declare module 'markdown-it-cjk-breaks' {
  import type { MarkdownIt } from 'markdown-it';

  /** Drops a line break between two East Asian wide characters, which would show as a space. */
  export default function cjkBreaks(md: MarkdownIt): void;
}
