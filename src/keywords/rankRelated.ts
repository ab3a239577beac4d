import type { KeywordIndex } from './buildKeywordIndex.js';
import { compareCodePoints } from '../text/compareCodePoints.js';

/** Tuning for rankRelated; the defaults suit a news site of tens of thousands of articles. */
export interface RelatedOptions {
  /** How many related articles each article gets (default 6). */
  limit?: number;
  /** Above this many articles, a keyword is scored only for the articles nearest in time (default 400). */
  maxPostingsPerKeyword?: number;
}

/**
 * Finds each article's related articles through the keyword index, best first, without comparing
 * every pair of articles.
 *
 * Score of a candidate = Σ over the keywords it shares with the article of
 * ln(1 + (N − df + 0.5) / (df + 0.5)), the BM25 inverse document frequency
 * (N articles, df = articles with that keyword): among 20,000 articles a keyword on 2 of them
 * weighs 9.0 and one on 2,000 weighs 2.3, and a keyword on every article weighs almost nothing
 * (but still makes its articles keyword matches, ranked by time).
 * Equal scores are ordered by closeness in time (|Δdate|), then by url in code-point order.
 * A keyword on more than `maxPostingsPerKeyword` articles is scored only for the
 * `maxPostingsPerKeyword` articles around the article's own position (the input is in date
 * order), which bounds the work at N × keywords × cap.
 *
 * Articles sharing no keyword are used only to fill up to `limit`: the nearest positions in the
 * (newest-first) input, alternating older and newer starting with the next older, skipping those
 * already chosen. Fill-ins come after every keyword match. An article is never related to itself.
 */
export function rankRelated(
  index: KeywordIndex,
  dates: readonly number[],
  urls: readonly string[],
  options: RelatedOptions = {},
): number[][] {
  const limit = Math.max(0, Math.floor(options.limit ?? 6));
  const cap = Math.max(1, Math.floor(options.maxPostingsPerKeyword ?? 400));
  const count = index.articleKeywords.length;
  if (dates.length !== count || urls.length !== count) {
    throw new RangeError(
      `[zixun] rankRelated: got ${count} articles in the index but ${dates.length} dates and ${urls.length} urls; pass one date and one url per article, in index order`,
    );
  }
  // One score slot per article, reused for every article: `stamps` says which article last wrote
  // a slot, so nothing is cleared or allocated per article.
  const scores = new Float64Array(count);
  const stamps = new Int32Array(count);
  const touched = new Int32Array(count);
  const related: number[][] = [];

  for (let article = 0; article < count; article++) {
    const stamp = article + 1;
    const date = dates[article] ?? 0;
    let touchedCount = 0;
    for (const entry of index.articleKeywords[article] ?? []) {
      const postings = entry.articles;
      const df = postings.length;
      const weight = Math.log(1 + (count - df + 0.5) / (df + 0.5));
      let start = 0;
      let end = df;
      if (df > cap) {
        const position = lowerBound(postings, article);
        start = Math.min(Math.max(0, position - Math.floor(cap / 2)), df - cap);
        end = start + cap;
      }
      for (let i = start; i < end; i++) {
        const other = postings[i] ?? article;
        if (other === article) continue;
        if (stamps[other] !== stamp) {
          stamps[other] = stamp;
          scores[other] = 0;
          touched[touchedCount++] = other;
        }
        scores[other] = (scores[other] ?? 0) + weight;
      }
    }

    // Ranks before: negative when `a` belongs before `b`.
    const compare = (a: number, b: number): number =>
      (scores[b] ?? 0) - (scores[a] ?? 0) ||
      Math.abs((dates[a] ?? 0) - date) - Math.abs((dates[b] ?? 0) - date) ||
      compareCodePoints(urls[a] ?? '', urls[b] ?? '') ||
      a - b;

    // A bounded insertion keeps the best `limit` without sorting every candidate.
    const best: number[] = [];
    for (let t = 0; t < touchedCount; t++) {
      const candidate = touched[t] ?? 0;
      if (best.length === limit) {
        if (limit === 0) break;
        const worst = best[limit - 1] ?? 0;
        // Most candidates lose on score alone; only near-ties need the full comparison.
        if ((scores[candidate] ?? 0) < (scores[worst] ?? 0) || compare(candidate, worst) >= 0) {
          continue;
        }
      }
      let slot = best.length;
      while (slot > 0 && compare(candidate, best[slot - 1] ?? 0) < 0) slot--;
      best.splice(slot, 0, candidate);
      if (best.length > limit) best.pop();
    }

    let older = article + 1;
    let newer = article - 1;
    let takeOlder = true;
    while (best.length < limit && (older < count || newer >= 0)) {
      const candidate = (takeOlder && older < count) || newer < 0 ? older++ : newer--;
      takeOlder = !takeOlder;
      if (!best.includes(candidate)) best.push(candidate);
    }
    related.push(best);
  }
  return related;
}

// First position in an ascending array whose value is at least `value`.
function lowerBound(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
