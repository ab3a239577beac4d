import { stripVTControlCharacters } from 'node:util';

/** The `[zixun] warning:` lines Zixun's plugins logged through Eleventy, less those already listed (the content warnings the summary prints from the model). */
export function pluginWarnings(messages: readonly string[], listed: readonly string[]): string[] {
  const seen = new Set(listed);
  const found: string[] = [];
  for (const message of messages) {
    for (const raw of message.split('\n')) {
      // Eleventy's logger may colour its prefix.
      const line = stripVTControlCharacters(raw);
      if (!line.startsWith('[zixun] warning: ') || seen.has(line)) continue;
      seen.add(line);
      found.push(line);
    }
  }
  return found;
}
