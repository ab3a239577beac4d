import { runInThisContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { decodePostings } from '../../../src/search/decodePostings.js';
import { markRanges } from '../../../src/search/markRanges.js';
import { rankResults } from '../../../src/search/rankResults.js';
import { searchTerms } from '../../../src/search/searchTerms.js';
import { termTokens } from '../../../src/search/termTokens.js';
import { tokenShard } from '../../../src/search/tokenShard.js';

// The search plugin sends these functions' source text to the browser, so each must work with
// nothing from its module: rebuilt from its source alone, it must give the same answers.
function isolated<T extends (...args: never[]) => unknown>(fn: T): T {
  return runInThisContext(`"use strict"; (${fn.toString()});`) as T;
}

describe('functions shared with the browser', () => {
  it('run from their source text alone', () => {
    expect(isolated(searchTerms)('马斯克 xAI')).toEqual(['马斯克', 'xai']);
    expect(isolated(termTokens)('马斯克', true)).toEqual(['马斯', '斯克', '马', '斯', '克']);
    expect(isolated(tokenShard)('马斯', 64)).toBe(tokenShard('马斯', 64));
    expect([...isolated(decodePostings)('RU')]).toEqual([
      [0, 1],
      [1, 4],
    ]);
    expect(isolated(rankResults)([[new Map([[3, 1]])]], 10)).toEqual(
      rankResults([[new Map([[3, 1]])]], 10),
    );
    expect(isolated(markRanges)('马斯克与 xAI', ['xai'])).toEqual([[5, 8]]);
  });
});
