#!/usr/bin/env node
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError } from '../content/contentProblem.js';
import { loadSiteSettings } from '../site/loadSiteSettings.js';
import { articleTemplate } from './articleTemplate.js';
import { articleFileName } from './articleFileName.js';

/** `npm run new -- "标题"`: writes a new draft article with the front matter filled in, like `hugo new`. */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { input: { type: 'string', default: 'content' } },
});
const title = positionals.join(' ').trim();
if (title === '') {
  console.error('[zixun] usage: npm run new -- "文章标题"');
  process.exit(1);
}
try {
  const settingsFile = join(values.input, '_data', 'site.json');
  const settings = loadSiteSettings(settingsFile, settingsFile);
  const now = new Date();
  const { folder, name } = articleFileName(title, now, settings.timeZone);
  const dir = join(values.input, 'articles', folder);
  const file = join(dir, name);
  if (existsSync(file)) {
    console.error(
      `[zixun] ${relative('.', file)} already exists; choose another title or edit that file`,
    );
    process.exit(1);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, articleTemplate(title, now, settings.timeZone));
  console.log(`[zixun] created ${relative('.', file)} (draft: true; remove that line to publish)`);
} catch (error) {
  console.error(error instanceof ContentError ? error.message : String(error));
  process.exit(1);
}
