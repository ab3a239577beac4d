/** One matching article: its document number and how well it matches. */
export interface RankedResult {
  doc: number;
  score: number;
}

/**
 * Ranks the articles that contain every query term. `terms` holds, per term, the postings of each
 * of its tokens (document → field mask; undefined when the token is in no article). A term scores
 * the sum of its tokens' rarity, ln(1 + (N − df + 0.5) / (df + 0.5)), times the weight of the
 * fields that hold all its tokens (title 8, keywords 4, summary 2, body 1; 0.5 when its tokens are
 * only spread over different fields). Ties go to the newer article (the higher number). The
 * browser runs the same source text, so it must stay self-contained.
 */
export function rankResults(
  terms: readonly (readonly (ReadonlyMap<number, number> | undefined)[])[],
  docCount: number,
): RankedResult[] {
  let scores: Map<number, number> | undefined;
  for (const tokens of terms) {
    if (tokens.length === 0) continue;
    const lists: ReadonlyMap<number, number>[] = [];
    for (const postings of tokens) {
      if (!postings) return [];
      lists.push(postings);
    }
    lists.sort((a, b) => a.size - b.size);
    let rarity = 0;
    for (const postings of lists) {
      rarity += Math.log(1 + (docCount - postings.size + 0.5) / (postings.size + 0.5));
    }
    const next = new Map<number, number>();
    for (const [doc, firstMask] of lists[0] ?? []) {
      if (scores && !scores.has(doc)) continue;
      let mask = firstMask;
      let found = true;
      for (let index = 1; index < lists.length && found; index++) {
        const other = lists[index]?.get(doc);
        if (other === undefined) found = false;
        else mask &= other;
      }
      if (!found) continue;
      const weight = mask
        ? (mask & 1 ? 8 : 0) + (mask & 2 ? 4 : 0) + (mask & 4 ? 2 : 0) + (mask & 8 ? 1 : 0)
        : 0.5;
      next.set(doc, (scores?.get(doc) ?? 0) + weight * rarity);
    }
    scores = next;
  }
  return [...(scores ?? [])]
    .map(([doc, score]) => ({ doc, score }))
    .sort((a, b) => b.score - a.score || b.doc - a.doc);
}
