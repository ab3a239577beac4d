import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const recordUsage = pathToFileURL(join(import.meta.dirname, 'recordUsage.js')).href;

/**
 * Runs `node <args>` as a child and measures it from the outside: wall time from spawn to exit,
 * and the child's own getrusage at exit (peak RSS, user and system CPU), via a preloaded module.
 * Rejects with the child's output when it fails.
 */
export function runMeasured(args, { cwd, usageFile, env = {} }) {
  rmSync(usageFile, { force: true });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', recordUsage, ...args], {
      cwd,
      env: { ...process.env, ...env, ZIXUN_BENCH_USAGE: usageFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - started;
      if (code !== 0) {
        const why = signal ? `was killed by ${signal}` : `exited with ${code}`;
        reject(new Error(`[zixun bench] node ${args.join(' ')} ${why}:\n${output.slice(-4000)}`));
        return;
      }
      const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
      resolve({
        wallMs,
        cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
        maxRssKb: usage.maxRSS,
        output,
      });
    });
  });
}
