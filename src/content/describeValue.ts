/** Shows an editor what was actually found in a field, short enough for a one-line error. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return value.trim() === '' ? 'an empty string' : JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value instanceof Date) return `the timestamp ${value.toISOString()}`;
  return 'an object';
}
