/** Two-digit form of a clock or calendar number. */
export function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
