import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBuild, type BuildResult } from '../../support/buildFixture.js';
import { generateRichCorpus } from './generateRichCorpus.js';

const sampleSite = fileURLToPath(new URL('../../../content/', import.meta.url));

/** The two sites the validators judge: the sample site and the generated corpus. */
export interface ValidatorSites {
  sample: BuildResult;
  corpus: BuildResult;
  /** Articles the sample build published, from its summary line. */
  sampleArticles: number;
  /** Articles the corpus build publishes (drafts and the future article are left out). */
  corpusArticles: number;
  /** A temp folder for a test's own files, removed with the builds. */
  scratch: string;
  /** Deletes the corpus, both builds and the scratch folder. */
  remove(): void;
}

/**
 * Builds the sample site in content/ and a generated corpus of 320 articles (see
 * generateRichCorpus) side by side, all inside one temp folder; `corpusSettings` overrides the
 * corpus's site settings.
 */
export async function buildSites(
  corpusSettings: Record<string, unknown> = {},
): Promise<ValidatorSites> {
  const root = mkdtempSync(join(tmpdir(), 'zixun-validators-'));
  const remove = () => rmSync(root, { recursive: true, force: true });
  const corpus = generateRichCorpus({ dir: join(root, 'corpus'), settings: corpusSettings });
  const [sample, corpusBuild] = await Promise.all([
    runBuild(sampleSite, join(root, 'sample-site')),
    runBuild(corpus.dir, join(root, 'corpus-site')),
  ]);
  for (const [name, build] of [
    ['content/', sample],
    ['the generated corpus', corpusBuild],
  ] as const) {
    if (build.code !== 0) {
      remove();
      throw new Error(
        `[zixun test] building ${name} failed (exit ${build.code}):\n${build.output}`,
      );
    }
  }
  const corpusArticles = publishedArticles(corpusBuild);
  if (corpusArticles !== corpus.published) {
    remove();
    throw new Error(
      `[zixun test] the corpus build published ${corpusArticles} articles; generateRichCorpus expected ${corpus.published}`,
    );
  }
  const scratch = join(root, 'scratch');
  mkdirSync(scratch);
  return {
    sample,
    corpus: corpusBuild,
    sampleArticles: publishedArticles(sample),
    corpusArticles,
    scratch,
    remove,
  };
}

// The build's summary line: `[zixun] 10 articles, 50 pages written (54 files), 0 warnings, 0.67 s`.
function publishedArticles(build: BuildResult): number {
  const match = /\[zixun\] (\d+) articles?,/.exec(build.output);
  if (match === null) throw new Error(`[zixun test] no summary line in:\n${build.output}`);
  return Number(match[1]);
}
