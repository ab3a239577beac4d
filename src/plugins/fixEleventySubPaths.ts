import { TemplatePath } from '@11ty/eleventy-utils';
import { stripLeadingSubPath } from './stripLeadingSubPath.js';

/**
 * Makes Eleventy tell whether a path is inside a folder by whole path segments. Its own check
 * (`TemplatePath.stripLeadingSubPath` in @11ty/eleventy-utils 2.0.7) compares text, so with the
 * project in /srv/site an input folder /srv/site-content turned `/srv/site-content/x.11ty.js`
 * into `content/x.11ty.js` in its dependency graph but not in its template map: every template
 * dropped out of the build order and Eleventy crashed with "entry._pages is not iterable".
 */
export function fixEleventySubPaths(): void {
  TemplatePath.stripLeadingSubPath = stripLeadingSubPath;
}
