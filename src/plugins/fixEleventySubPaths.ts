import { TemplatePath } from '@11ty/eleventy-utils';
import { stripLeadingSubPath } from './stripLeadingSubPath.js';

/** Makes Eleventy tell whether a path is inside a folder by whole path segments. */
export function fixEleventySubPaths(): void {
  // Its own check (`TemplatePath.stripLeadingSubPath`, @11ty/eleventy-utils 2.0.7) compares text:
  // with the project in /srv/site, `/srv/site-content/x.11ty.js` became `content/x.11ty.js` in
  // Eleventy's dependency graph but not in its template map, every template dropped out of the
  // build order, and the build crashed with "entry._pages is not iterable".
  TemplatePath.stripLeadingSubPath = stripLeadingSubPath;
}
