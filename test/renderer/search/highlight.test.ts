// The highlight splitter: plain text, several marks, overlapping, touching, reversed and
// out-of-range ranges, and astral characters never cut in half.
import { describe, expect, it } from 'vitest';

import { splitByRanges, tidyRanges } from '../../../renderer/src/features/search/highlight';

const show = (text: string, ranges: [number, number][]): string =>
  splitByRanges(text, ranges)
    .map((p) => (p.marked ? `[${p.text}]` : p.text))
    .join('');

describe('splitByRanges', () => {
  it('returns the whole text unmarked when nothing matched', () => {
    expect(splitByRanges('Ильяшев Марат', [])).toEqual([{ text: 'Ильяшев Марат', marked: false }]);
    expect(splitByRanges('', [])).toEqual([{ text: '', marked: false }]);
  });

  it('marks each range, keeping the text between', () => {
    expect(show('Ильяшев Марат', [[0, 7], [8, 13]])).toBe('[Ильяшев] [Марат]');
    expect(show('Torture report\nBurns', [[15, 20]])).toBe('Torture report\n[Burns]');
  });

  it('sorts and merges overlapping and touching ranges', () => {
    expect(show('abcdefgh', [[4, 6], [1, 3], [2, 5]])).toBe('a[bcdef]gh');
    expect(show('刘晓波', [[0, 1], [1, 3]])).toBe('[刘晓波]');
  });

  it('clamps ranges past either end and drops empty or hopeless ones', () => {
    expect(show('Marat', [[-3, 2], [4, 99]])).toBe('[Ma]ra[t]');
    expect(show('Marat', [[10, 20], [3, 3]])).toBe('Marat');
    expect(show('Marat', [[3, 1]])).toBe('M[ar]at');
    expect(tidyRanges('Marat', [[Number.NaN, 2]])).toEqual([[0, 2]]);
  });

  it('never splits an astral character (surrogate pair)', () => {
    const text = '𠀀刘𠀁';
    // 𠀀 is two UTF-16 units: a range ending inside it takes the whole character.
    expect(show(text, [[0, 1]])).toBe('[𠀀]刘𠀁');
    expect(show(text, [[3, 4]])).toBe('𠀀刘[𠀁]');
    expect(show(text, [[2, 3]])).toBe('𠀀[刘]𠀁');
    expect(splitByRanges(text, [[1, 4]]).map((p) => p.text).join('')).toBe(text);
  });
});
