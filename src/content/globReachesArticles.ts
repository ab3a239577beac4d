import { isAbsolute, relative, resolve } from 'node:path';
import picomatch from 'picomatch';

// Article files at the depths editors use, below the folders tried.
const probes = ['a.md', '2024/a.md', '2024/05/a.md', '2024/05/28/a.md', 'ai/2024/05/a.md'];

/** Whether an Eleventy collection glob (as given to getFilteredByGlob) would reach the articles under `inputDir`, run from `cwd`. */
export function globReachesArticles(
  globs: string | readonly string[],
  inputDir: string,
  cwd: string,
): boolean {
  const articles = resolve(cwd, inputDir, 'articles');
  const slashes = (path: string) => path.split('\\').join('/');
  for (const glob of typeof globs === 'string' ? [globs] : globs) {
    const pattern = glob.replace(/^\.\//, '');
    // Eleventy names a template relative to the project; an absolute glob names it absolutely.
    const folders = [relative(cwd, articles), articles];
    // A glob under one sub-folder, such as content/articles/2023/*.md, misses the probes above.
    const base = picomatch.scan(pattern).base;
    const inside = relative(articles, resolve(cwd, base));
    if (base !== '' && !inside.startsWith('..') && !isAbsolute(inside)) folders.push(base);
    const files = folders.flatMap((folder) => probes.map((probe) => `${slashes(folder)}/${probe}`));
    // As Eleventy matches its collections: dot files too, any case.
    if (files.some((file) => picomatch.isMatch(file, pattern, { dot: true, nocase: true }))) {
      return true;
    }
  }
  return false;
}
