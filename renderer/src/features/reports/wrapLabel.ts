// Category names beside a chart's bars, broken into lines by words: Recharts measures text with
// an estimate that misjudges Cyrillic and long names, so the lines are made here, predictably.

/** Up to `maxLines` lines of at most `maxChars` characters; what does not fit ends in "…". */
export function wrapLabel(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (candidate.length <= maxChars || line === '') line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  const shown = lines.slice(0, maxLines).map((l) => (l.length > maxChars ? `${l.slice(0, maxChars - 1)}…` : l));
  const last = shown.length - 1;
  if (lines.length > maxLines && last >= 0) {
    const end = shown[last] ?? '';
    shown[last] = `${end.length >= maxChars ? end.slice(0, maxChars - 1) : end}…`;
  }
  return shown;
}
