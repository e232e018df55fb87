// How a change between the two periods is written: always with its sign (+3, −2, 0) so the
// colour is never the only clue; the tone only picks the colour, and says nothing of good or bad.
export type ChangeTone = 'up' | 'down' | 'same' | 'none';

export interface ChangeText {
  text: string;
  tone: ChangeTone;
}

const MINUS = '\u2212';

/** `format` writes the magnitude in the reader's language (grouping, decimal comma). */
export function changeText(change: number | null, format: (n: number) => string): ChangeText {
  if (change === null) return { text: '—', tone: 'none' };
  if (change > 0) return { text: `+${format(change)}`, tone: 'up' };
  if (change < 0) return { text: `${MINUS}${format(-change)}`, tone: 'down' };
  return { text: format(0), tone: 'same' };
}
