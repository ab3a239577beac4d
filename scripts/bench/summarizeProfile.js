#!/usr/bin/env node
// Sums a V8 .cpuprofile (from `node --cpu-prof …`) into the top functions by self time, the top
// functions by total time, and self time per file and per package.
// Usage: node scripts/bench/summarizeProfile.js FILE.cpuprofile [--top 15]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatTable } from './tables.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '15' } },
});
if (positionals.length !== 1) {
  throw new Error('[zixun bench] usage: summarizeProfile.js FILE.cpuprofile [--top 15]');
}
const top = Number(values.top);
const profile = JSON.parse(readFileSync(positionals[0], 'utf8'));
process.stdout.write(summarizeProfile(profile, top));

/** The summary tables as markdown. */
function summarizeProfile({ nodes, samples, timeDeltas }, limit) {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const self = new Map();
  const total = new Map();
  const files = new Map();
  const packages = new Map();
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  let all = 0;
  samples.forEach((id, index) => {
    const ms = (timeDeltas[index] ?? 0) / 1000;
    all += ms;
    const node = byId.get(id);
    add(self, functionKey(node), ms);
    add(files, fileOf(node.callFrame.url), ms);
    add(packages, packageOf(node.callFrame.url, node.callFrame.functionName), ms);
    // Total time: each function once per sample, however deep it recurses.
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = functionKey(byId.get(at));
      if (!seen.has(key)) add(total, key, ms);
      seen.add(key);
    }
  });
  const rows = (map, keep = () => true) =>
    [...map]
      .filter(([key]) => keep(key))
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([key, ms]) => [key, (ms / 1000).toFixed(2), `${((ms / all) * 100).toFixed(1)}%`]);
  return [
    `Profile: ${(all / 1000).toFixed(1)} s sampled`,
    '',
    `Top ${limit} functions by self time:`,
    '',
    formatTable(['function (file:line)', 'self s', 'share'], rows(self)),
    '',
    `Top ${limit} functions by total time (callees included):`,
    '',
    formatTable(['function (file:line)', 'total s', 'share'], rows(total)),
    '',
    `Top ${limit} Zixun functions (dist/) by total time:`,
    '',
    formatTable(
      ['function (file:line)', 'total s', 'share'],
      rows(total, (key) => key.includes('(dist/')),
    ),
    '',
    'Self time per file:',
    '',
    formatTable(['file', 'self s', 'share'], rows(files)),
    '',
    'Self time per package:',
    '',
    formatTable(['package', 'self s', 'share'], rows(packages)),
    '',
  ].join('\n');
}

function functionKey(node) {
  const { functionName, url, lineNumber } = node.callFrame;
  const name = functionName || '(anonymous)';
  return url ? `${name} (${fileOf(url)}:${lineNumber + 1})` : name;
}

function fileOf(url) {
  if (!url) return '(native / V8)';
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('node_modules/');
  if (modules !== -1) return path.slice(modules + 'node_modules/'.length);
  const dist = path.indexOf('/dist/');
  return dist !== -1 ? path.slice(dist + 1) : path;
}

function packageOf(url, functionName) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native / V8)';
  if (url.startsWith('node:')) return 'node: (built-in modules)';
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('node_modules/');
  if (modules === -1) return path.includes('/dist/') ? 'zixun (dist/)' : path;
  const [scope, name] = path.slice(modules + 'node_modules/'.length).split('/');
  return scope.startsWith('@') ? `${scope}/${name}` : scope;
}
