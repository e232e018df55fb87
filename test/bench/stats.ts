// Timing figures for the benchmark: run a step several times, keep milliseconds, report the
// median and the 95th percentile (nearest rank), and print them as a plain table.
export interface Timing {
  runs: number;
  median: number;
  p95: number;
}

export function summarise(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? at(0.5) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { runs: sorted.length, median, p95: at(0.95) };
}

export function timeOnce(step: () => void): number {
  const started = process.hrtime.bigint();
  step();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export interface Row {
  operation: string;
  encrypted: Timing;
  plain: Timing | null;
}

const ms = (n: number | undefined): string => (n === undefined || Number.isNaN(n) ? '—' : n < 10 ? n.toFixed(2) : n.toFixed(1));

export function table(rows: readonly Row[]): string {
  const header = ['operation', 'runs', 'enc median', 'enc p95', 'plain median', 'plain p95', 'enc/plain'];
  const body = rows.map((r) => [
    r.operation,
    String(r.encrypted.runs),
    ms(r.encrypted.median),
    ms(r.encrypted.p95),
    ms(r.plain?.median),
    ms(r.plain?.p95),
    r.plain ? `${(r.encrypted.median / r.plain.median).toFixed(2)}×` : '—',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
