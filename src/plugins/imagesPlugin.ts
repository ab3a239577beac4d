import { join } from 'node:path';
import type { ContentFile } from '../content/walkContentFolder.js';
import type { SiteModel } from '../site/loadSite.js';
import { copyImages } from '../site/copyImages.js';
import type { EleventyConfig } from './eleventyConfig.js';
import type { PageWrites } from './pagesPlugin.js';

/**
 * Publishes content/images/ by copying only the files the content check let through, once every
 * page is rendered. Eleventy's passthrough copy is not used for it: it opens whatever it finds (a
 * FIFO hangs the build, a device never ends) and copies links as links, even to /etc or ~/.ssh.
 */
export function imagesPlugin(
  eleventyConfig: EleventyConfig,
  writes: () => boolean,
  pages: Pick<PageWrites, 'done'>,
): ImageCopies {
  let images: readonly ContentFile[] = [];
  let outputMode = 'fs';
  eleventyConfig.addWatchTarget(join(eleventyConfig.directories.input, 'images/'));
  eleventyConfig.on('eleventy.before', (event: { outputMode?: string }) => {
    outputMode = event.outputMode ?? 'fs';
    images = [];
  });
  // After rendering rather than alongside it, so a build that fails writes no image at all.
  eleventyConfig.on(
    'eleventy.after',
    async ({ directories }: { directories: { output: string } }) => {
      if (outputMode !== 'fs' || !writes()) return;
      // After the pages too: a failed page (an owner's transform that threw) stops the build, and
      // the build CLI removes its folder, which a copy still running would write into.
      await pages.done();
      await copyImages(images, directories.output);
    },
  );
  return {
    start(model) {
      images = model.images;
    },
  };
}

/** The images to publish: handed each build's model once its content has passed the check. */
export interface ImageCopies {
  start(model: SiteModel): void;
}
