import type { Token } from 'markdown-it';

/**
 * The words a reader reads in a parsed body, one block per line: text, inline code and code blocks,
 * without image alt text, footnote marks or the footnotes themselves, as htmlToPlainText drops them.
 * For counting only (reading time): taking it from the tokens spares stripping the rendered HTML,
 * and it is not normalised (spacing, entities) the way search and summaries need.
 */
export function readableText(tokens: readonly Token[]): string {
  let text = '';
  let inFootnotes = false;
  for (const token of tokens) {
    if (token.type === 'footnote_block_open') inFootnotes = true;
    else if (token.type === 'footnote_block_close') inFootnotes = false;
    else if (inFootnotes) continue;
    else if (token.type === 'inline') text += `${inlineText(token.children ?? [])}\n`;
    else if (token.type === 'fence' || token.type === 'code_block') text += `${token.content}\n`;
  }
  return text;
}

function inlineText(children: readonly Token[]): string {
  let text = '';
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += '\n';
  }
  return text;
}
