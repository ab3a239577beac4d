/**
 * Removes a saved article from the saved cache, then every image no remaining saved article lists,
 * so two articles sharing an image keep it until both are gone. Inlined (as source) into the
 * pages' scripts, which import nothing at run time, so it may use only browser globals.
 */
export async function forgetSaved(cache: Cache, url: string): Promise<void> {
  await cache.delete(url);
  const keys = await cache.keys();
  const keep = new Set<string>();
  for (const request of keys) {
    const meta = (await cache.match(request))?.headers.get('x-zixun-meta');
    if (!meta) continue;
    keep.add(request.url);
    const { images = [] } = JSON.parse(decodeURIComponent(meta)) as { images?: string[] };
    for (const image of images) keep.add(image);
  }
  await Promise.all(keys.filter((key) => !keep.has(key.url)).map((key) => cache.delete(key)));
}
