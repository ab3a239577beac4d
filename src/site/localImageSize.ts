import { join } from 'node:path';
import { imageSize as measureImage } from 'image-size';
import { readArticleFile } from '../content/readArticleFile.js';

const maxImageBytes = 64_000_000;

/** Reads the natural size of images under the content folder once each, so img tags carry width and height. */
export function localImageSize(inputDir: string) {
  const cache = new Map<string, { width: number; height: number } | undefined>();
  return (src: string) => {
    if (!src.startsWith('/') || src.startsWith('//')) return undefined;
    if (cache.has(src)) return cache.get(src);
    let size: { width: number; height: number } | undefined;
    try {
      // Read as carefully as an article, so a FIFO or a device under images/ cannot hang or flood
      // the build; an image that is not a regular file simply gets no size.
      const read = readArticleFile(join(inputDir, src.split(/[?#]/)[0] ?? ''), maxImageBytes);
      if (!('bytes' in read)) throw new Error(read.problem);
      const measured = measureImage(read.bytes);
      size =
        measured.width && measured.height
          ? { width: measured.width, height: measured.height }
          : undefined;
    } catch {
      size = undefined;
    }
    cache.set(src, size);
    return size;
  };
}
