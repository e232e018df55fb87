// A search hit's text (or a name in the filtered case list) with the matched parts in <mark>.
import { splitByRanges } from './highlight';
import './search.css';

export function Highlighted({ text, ranges }: { text: string; ranges: readonly (readonly [number, number])[] }) {
  return (
    <>
      {splitByRanges(text, ranges).map((piece, i) =>
        // The pieces never reorder, so their position is a stable key.
        piece.marked ? <mark key={i} className="search-mark">{piece.text}</mark> : <span key={i}>{piece.text}</span>,
      )}
    </>
  );
}
