#!/usr/bin/env node
// First, so it runs before Eleventy loads.
import './skipEsmResolver.js';
import { parseArgs } from 'node:util';
import { buildSite } from './buildSite.js';
import { internalErrorLines } from './internalErrorLines.js';
import { usageLine } from './usageLine.js';

/** `npm run build`: builds content/ into _site/ atomically and prints a one-line summary. */
try {
  const { values } = parseArgs({
    options: {
      input: { type: 'string', default: 'content' },
      output: { type: 'string', default: '_site' },
      report: { type: 'string' },
      portable: { type: 'boolean', default: false },
    },
  });
  // `npm run build:portable`: relative links naming index.html, for reading from disk (file://).
  if (values.portable) process.env.ZIXUN_PORTABLE = '1';
  process.exitCode = await buildSite({
    input: values.input,
    output: values.output,
    report: values.report,
    // A redrawn line helps on a terminal and is noise in CI logs.
    progress: Boolean(process.stderr.isTTY) && !process.env.CI,
  });
} catch (error) {
  const usage = usageLine(error);
  for (const line of usage ? [usage] : internalErrorLines(error)) console.error(line);
  process.exitCode = 1;
}
