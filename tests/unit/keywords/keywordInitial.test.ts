import { describe, expect, it } from 'vitest';
import { keywordInitial } from '../../../src/keywords/keywordInitial.js';

describe('keywordInitial', () => {
  it.each([
    ['人工智能', 'R'],
    ['大模型', 'D'],
    ['重庆', 'C'],
    ['xAI', 'X'],
    ['.NET', '#'],
    ['C#', 'C'],
    ['５G', '#'],
    ['ｘＡＩ', 'X'],
    ['🚀', '#'],
    ['Ελλάδα', '#'],
  ])('%s → %s', (name, initial) => {
    expect(keywordInitial(name)).toBe(initial);
  });
});
