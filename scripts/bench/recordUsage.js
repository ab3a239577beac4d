// Preloaded into each benchmarked build (`node --import …/recordUsage.js`): on exit, writes the
// process's getrusage figures (peak RSS in KB, CPU µs) as JSON to $ZIXUN_BENCH_USAGE.
import { writeFileSync } from 'node:fs';

const target = process.env.ZIXUN_BENCH_USAGE;
if (target) {
  process.on('exit', () => writeFileSync(target, JSON.stringify(process.resourceUsage())));
}
