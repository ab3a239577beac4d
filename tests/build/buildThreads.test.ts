import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runBuild } from '../support/buildFixture.js';

/** Every file of a build, by path relative to the output folder. */
function files(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    found.set(relative(dir, path), readFileSync(path));
  }
  return found;
}

describe('build threads', () => {
  it('write exactly the files a single-threaded build writes', async () => {
    const site = fixture('basic');
    const single = await runBuild(site, undefined, { ZIXUN_WORKERS: '0' });
    const threaded = await runBuild(site, undefined, { ZIXUN_WORKERS: '3' });
    expect(single.code).toBe(0);
    expect(threaded.code).toBe(0);
    const a = files(single.outDir);
    const b = files(threaded.outDir);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differing = [...a].filter(
      ([path, bytes]) => !bytes.equals(b.get(path) ?? Buffer.alloc(0)),
    );
    expect(differing.map(([path]) => path)).toEqual([]);
    expect(a.size).toBeGreaterThan(40);
  });

  it('report content problems from the threads the same way, naming file and field', async () => {
    const site = fixture('hostile-broken');
    const single = await runBuild(site, undefined, { ZIXUN_WORKERS: '0' });
    const threaded = await runBuild(site, undefined, { ZIXUN_WORKERS: '2' });
    expect(single.code).toBe(1);
    expect(threaded.code).toBe(1);
    expect(threaded.output).toBe(single.output.replaceAll(single.outDir, threaded.outDir));
    expect(threaded.output).toContain(': date: ');
  });
});
