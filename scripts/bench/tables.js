/** The middle value (mean of the two middle ones for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Milliseconds as seconds: two decimals below 10 s, one above. */
export function seconds(ms) {
  return (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
}

/** A markdown table with numbers right-aligned. */
export function formatTable(headers, rows) {
  const cells = rows.map((row) => row.map((cell) => String(cell)));
  const numeric = headers.map((_, i) =>
    cells.every((row) => /^[\d.,–×()\s*-]*$/.test(row[i] ?? '')),
  );
  return [
    `| ${headers.join(' | ')} |`,
    `|${headers.map((_, i) => (numeric[i] ? '---:' : '---')).join('|')}|`,
    ...cells.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}
