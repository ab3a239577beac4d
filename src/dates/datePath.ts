import { pad2 } from './pad2.js';
import { zonedParts } from './zonedParts.js';

/** Gives the `2024/05/28` part of an article URL, dated in the site's zone so URLs match the page. */
export function datePath(date: Date, zone: string): string {
  const p = zonedParts(date, zone, 'datePath');
  return `${p.year}/${pad2(p.month)}/${pad2(p.day)}`;
}
