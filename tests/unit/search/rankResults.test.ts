import { describe, expect, it } from 'vitest';
import { rankResults } from '../../../src/search/rankResults.js';

const TITLE = 1;
const KEYWORDS = 2;
const SUMMARY = 4;
const BODY = 8;
const postings = (entries: Record<number, number>) =>
  new Map(Object.entries(entries).map(([doc, mask]) => [Number(doc), mask]));
// Rarity of a token in 3 of 10 documents: ln(1 + 7.5 / 3.5).
const rare3 = Math.log(1 + 7.5 / 3.5);

describe('rankResults', () => {
  it('keeps documents with every term and weighs the fields that hold a whole term', () => {
    const ranked = rankResults(
      [
        [postings({ 1: TITLE, 2: SUMMARY, 5: BODY })],
        [
          postings({ 1: SUMMARY, 2: SUMMARY, 3: TITLE }),
          postings({ 1: SUMMARY, 2: TITLE, 3: TITLE }),
        ],
      ],
      10,
    );
    expect(ranked.map((result) => result.doc)).toEqual([1, 2]);
    // Document 1: term 1 in the title (8), term 2's two bigrams both in the summary (2 × 2 tokens).
    expect(ranked[0]?.score).toBeCloseTo(8 * rare3 + 2 * 2 * rare3, 12);
    // Document 2: term 1 in the summary (2); term 2's bigrams in different fields (0.5 × 2 tokens).
    expect(ranked[1]?.score).toBeCloseTo(2 * rare3 + 0.5 * 2 * rare3, 12);
  });

  it('adds up the weights of every field a term is in', () => {
    const [result] = rankResults([[postings({ 0: TITLE | KEYWORDS | SUMMARY | BODY })]], 1);
    expect(result?.score).toBeCloseTo(15 * Math.log(1 + 0.5 / 1.5), 12);
  });

  it('ranks a rare term above a common one, and equal scores newest (highest number) first', () => {
    const common = postings({ 0: TITLE, 1: TITLE, 2: TITLE, 3: TITLE, 4: TITLE, 5: TITLE });
    expect(rankResults([[common]], 6).map((result) => result.doc)).toEqual([5, 4, 3, 2, 1, 0]);
    const ranked = rankResults([[postings({ 7: SUMMARY, 8: SUMMARY, 9: TITLE })]], 100);
    expect(ranked.map((result) => result.doc)).toEqual([9, 8, 7]);
  });

  it('finds nothing when a token is in no document, and nothing for no terms', () => {
    expect(rankResults([[postings({ 1: TITLE }), undefined]], 10)).toEqual([]);
    expect(rankResults([], 10)).toEqual([]);
    expect(rankResults([[postings({ 1: TITLE })], [postings({ 2: TITLE })]], 10)).toEqual([]);
  });
});
