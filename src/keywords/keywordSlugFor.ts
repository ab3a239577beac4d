import { keywordKey } from './keywordKey.js';
import { slugFault, slugifyKeyword } from './slugifyKeyword.js';

/** Gives a keyword's page slug as the keyword index does: pinned in `keywordSlugs`, else made by slugifyKeyword. */
export function keywordSlugFor(
  overrides: Readonly<Record<string, string>>,
): (name: string) => string {
  const pins = new Map<string, string>();
  for (const [name, slug] of Object.entries(overrides)) {
    // A faulty or second pin stops the build (buildKeywordIndex reports it); the index keeps the first good one.
    const key = keywordKey(name);
    if (slugFault(slug) === undefined && !pins.has(key)) pins.set(key, slug);
  }
  return (name) => {
    const key = keywordKey(name);
    return pins.get(key) ?? slugifyKeyword(key);
  };
}
