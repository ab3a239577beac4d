import { zonedParts } from './zonedParts.js';
import { pad2 } from './pad2.js';

/** Shows a date the way Chinese readers write it, `2024/5/28 14:30:01`, in the site's time zone. */
export function formatDate(date: Date, zone: string): string {
  const p = zonedParts(date, zone, 'formatDate');
  return `${p.year}/${p.month}/${p.day} ${p.hour}:${pad2(p.minute)}:${pad2(p.second)}`;
}
