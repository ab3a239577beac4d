import { DateTime } from 'luxon';
import { slugifyKeyword } from '../keywords/slugifyKeyword.js';

/** Where `npm run new` puts an article: a year folder and a file named after the title, Chinese kept. */
export function articleFileName(
  title: string,
  now: Date,
  zone: string,
): { folder: string; name: string } {
  const year = DateTime.fromJSDate(now, { zone }).toFormat('yyyy');
  return { folder: year, name: `${slugifyKeyword(title)}.md` };
}
