// A change always carries its sign, so colour is never the only clue.
import { describe, expect, it } from 'vitest';

import { changeText } from '../../../renderer/src/features/reports/changeText';

const english = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const format = (n: number) => english.format(n);

describe('changeText', () => {
  it.each([
    [3, '+3', 'up'],
    [-2, '\u22122', 'down'],
    [0, '0', 'same'],
    [-167.11, '\u2212167.11', 'down'],
    [1234, '+1,234', 'up'],
    [null, '—', 'none'],
  ] as const)('%s → %s (%s)', (change, text, tone) => {
    expect(changeText(change, format)).toEqual({ text, tone });
  });

  it('writes the magnitude in the reader language', () => {
    const russian = new Intl.NumberFormat('ru', { maximumFractionDigits: 2 });
    expect(changeText(-1.5, (n) => russian.format(n)).text).toBe('\u22121,5');
  });
});
