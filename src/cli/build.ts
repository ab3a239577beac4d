#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { buildSite } from './buildSite.js';

/** `npm run build`: builds content/ into _site/ atomically and prints a one-line summary. */
const { values } = parseArgs({
  options: {
    input: { type: 'string', default: 'content' },
    output: { type: 'string', default: '_site' },
  },
});
process.exitCode = await buildSite({ input: values.input, output: values.output });
