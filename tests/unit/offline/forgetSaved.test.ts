import { describe, expect, it } from 'vitest';
import { forgetSaved } from '../../../src/client/forgetSaved.js';

/** The part of the browser's Cache that forgetSaved uses, in memory. */
class MemoryCache {
  entries = new Map<string, Response>();
  put(url: string, response: Response) {
    this.entries.set(url, response);
    return Promise.resolve();
  }
  keys() {
    return Promise.resolve([...this.entries.keys()].map((url) => new Request(url)));
  }
  match(request: Request | string) {
    return Promise.resolve(
      this.entries.get(typeof request === 'string' ? request : request.url)?.clone(),
    );
  }
  delete(request: Request | string) {
    return Promise.resolve(
      this.entries.delete(typeof request === 'string' ? request : request.url),
    );
  }
}

const article = (images: string[]) =>
  new Response('<h1>文章</h1>', {
    headers: { 'x-zixun-meta': encodeURIComponent(JSON.stringify({ title: '文章', images })) },
  });

describe('forgetSaved', () => {
  it('removes the article and the images no other saved article lists', async () => {
    const cache = new MemoryCache();
    await cache.put(
      'https://x.test/a/',
      article(['https://x.test/images/1.png', 'https://x.test/images/2.png']),
    );
    await cache.put('https://x.test/b/', article(['https://x.test/images/2.png']));
    await cache.put('https://x.test/images/1.png', new Response('1'));
    await cache.put('https://x.test/images/2.png', new Response('2'));

    await forgetSaved(cache as unknown as Cache, 'https://x.test/a/');
    expect([...cache.entries.keys()]).toEqual(['https://x.test/b/', 'https://x.test/images/2.png']);

    await forgetSaved(cache as unknown as Cache, 'https://x.test/b/');
    expect([...cache.entries.keys()]).toEqual([]);
  });
});
