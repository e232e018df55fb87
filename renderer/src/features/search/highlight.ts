// Splits a search hit's text into plain and marked pieces from the backend's [start, end) ranges
// (UTF-16 offsets). Pure, and forgiving: ranges out of order, overlapping, reversed or past the
// end are tidied, and a boundary inside a surrogate pair moves out so no character is cut in two.

export interface TextPiece {
  text: string;
  marked: boolean;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** True when `at` falls between the two halves of one astral character. */
function insidePair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1));
}

/** The ranges clamped to the text, widened to whole characters, sorted and merged. */
export function tidyRanges(text: string, ranges: readonly (readonly [number, number])[]): [number, number][] {
  const clamp = (n: number): number => Math.min(text.length, Math.max(0, Math.trunc(Number.isFinite(n) ? n : 0)));
  const cleaned = ranges
    .map(([a, b]): [number, number] => {
      let start = Math.min(clamp(a), clamp(b));
      let end = Math.max(clamp(a), clamp(b));
      if (insidePair(text, start)) start -= 1;
      if (insidePair(text, end)) end += 1;
      return [start, end];
    })
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const merged: [number, number][] = [];
  for (const [a, b] of cleaned) {
    const last = merged.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/** The text in order as pieces, the matched ones marked; one plain piece when nothing matched. */
export function splitByRanges(text: string, ranges: readonly (readonly [number, number])[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const [start, end] of tidyRanges(text, ranges)) {
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
