// A record opened from the timeline: its element (id "record-<id>") is scrolled into view, focused
// and marked, so the caseworker lands on what they chose.
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';

export const recordElementId = (id: string): string => `record-${id}`;

/** The highlighted record's id; scrolls to it once the tab's records have loaded. */
export function useHighlightedRecord(loaded: boolean): string | null {
  const [params] = useSearchParams();
  const record = params.get('record');
  useEffect(() => {
    if (!loaded || !record) return;
    const element = document.getElementById(recordElementId(record));
    if (!element) return;
    element.scrollIntoView?.({ block: 'center' });
    element.focus({ preventScroll: true });
  }, [loaded, record]);
  return record;
}

/** Props for an element that can be the highlighted record. */
export function recordProps(id: string, highlighted: string | null, className = '') {
  return {
    id: recordElementId(id),
    tabIndex: -1,
    className: `${className}${id === highlighted ? ' record-highlighted' : ''}`.trim(),
  };
}
