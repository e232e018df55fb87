// The report's two periods side by side, and the list of names it may show. Pure functions beside
// db/features/reports/report.ts (the figure definitions), kept apart so each file stays readable.
import { REPORT_GROUPS, type ReportFigure, type ReportGroup } from '../../contract/reports';
import type { GroupFigures, PeriodFigures } from './report';

/** The charges group shows the ten most used; more would be a list, not a summary. */
export const TOP_CHARGES = 10;

const change = (current: number | null, previous: number | null): number | null =>
  current === null || previous === null ? null : Math.round((current - previous) * 100) / 100;

function figure(key: string, current: GroupFigures, previous: GroupFigures): ReportFigure {
  // A key seen in only one period (a facility, a charge) is zero in the other, not unknown.
  const now = current.values.has(key) ? (current.values.get(key) ?? null) : 0;
  const before = previous.values.has(key) ? (previous.values.get(key) ?? null) : 0;
  return { key, current: now, previous: before, change: change(now, before) };
}

/** Keys of both periods: the current period's order first, then keys seen only before. */
function keysOf(current: GroupFigures, previous: GroupFigures): string[] {
  const keys = [...current.values.keys()];
  for (const key of previous.values.keys()) if (!current.values.has(key)) keys.push(key);
  return keys;
}

/**
 * The most used charges over both periods: ranked by the current count, then the previous, then
 * the code and article, so a charge that stopped being used still shows beside its old count.
 */
export function topCharges(current: GroupFigures, previous: GroupFigures, limit = TOP_CHARGES): ReportFigure[] {
  const figures = keysOf(current, previous).map((key) => figure(key, current, previous));
  figures.sort((a, b) => (b.current ?? 0) - (a.current ?? 0) || (b.previous ?? 0) - (a.previous ?? 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return figures.slice(0, limit);
}

/** Every group with each figure beside the previous period's and the change. */
export function compareFigures(current: PeriodFigures, previous: PeriodFigures): ReportGroup[] {
  return REPORT_GROUPS.map((group) => {
    const now = current[group];
    const before = previous[group];
    const figures =
      group === 'charges' ? topCharges(now, before) : keysOf(now, before).map((key) => figure(key, now, before));
    // Facilities seen in only one period are merged in; keep them A to Z after the merge.
    if (group === 'detained_by_facility') figures.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return { group, figures, leftOut: { current: { ...now.leftOut }, previous: { ...before.leftOut } } };
  });
}

export interface NamedPerson {
  name: string;
  confidential: boolean;
  /** The caller may not read this confidential name at all (staff without a grant): never named. */
  withheld?: boolean;
}

/**
 * Names A to Z, each person once; confidential people become "Confidential (1)", "Confidential (2)"
 * … after the names unless the user asked to include them, so a count is kept without a name.
 */
export function reportNames(people: readonly NamedPerson[], includeConfidential: boolean): string[] {
  const shown = (p: NamedPerson): boolean => !p.confidential || (includeConfidential && p.withheld !== true);
  const named = people.filter(shown).map((p) => p.name);
  named.sort((a, b) => a.localeCompare(b, 'en'));
  const hidden = people.filter((p) => !shown(p)).length;
  return [...named, ...Array.from({ length: hidden }, (_, i) => `Confidential (${i + 1})`)];
}
