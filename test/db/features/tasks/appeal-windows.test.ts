// The appeal-window rule: windows per country and court level, a window that closed unchallenged
// kept as missed until an appeal is recorded or it is dismissed, and decisions of partial dates.
import { describe, expect, it } from 'vitest';

import { appealWindowDays, DEFAULT_DEADLINE_SETTINGS, deriveDeadlines } from '../../../../db/features/tasks/deadlines';
import type { CaseDeadlineInput, DeadlineSettings } from '../../../../db/features/tasks/deadlines';
import { DEFAULT_APPEAL_WINDOWS } from '../../../../db/contract/appeal-windows';

const TODAY = '2024-06-01';
const settings: DeadlineSettings = { ...DEFAULT_DEADLINE_SETTINGS, appealWindows: { KZ: { verdict: 15, appeal: 180 }, UZ: { verdict: 10 } } };

const baseCase = (overrides: Partial<CaseDeadlineInput> = {}): CaseDeadlineInput => ({
  caseId: 'case-1',
  status: 'active',
  countryCode: 'KZ',
  lastActivityOn: '2024-05-20',
  wgad: [],
  courtEvents: [],
  sentences: [],
  episodes: [],
  advocacy: [],
  ...overrides,
});

const windows = (input: CaseDeadlineInput) =>
  deriveDeadlines(input, settings, TODAY)
    .filter((d) => d.kind === 'appeal_window')
    .map((d) => ({ id: d.recordId, due: d.due, facts: d.facts }));

describe('appeal windows per country and court level', () => {
  it("counts a verdict's window by the case's country, and other countries by the general setting", () => {
    const courtEvents = [{ id: 'v', kind: 'verdict' as const, date: '2024-05-25' }];
    expect(windows(baseCase({ courtEvents }))[0]?.due).toBe('2024-06-09');
    expect(windows(baseCase({ courtEvents, countryCode: 'UZ' }))[0]?.due).toBe('2024-06-04');
    expect(windows(baseCase({ courtEvents, countryCode: 'FR' }))[0]?.due).toBe('2024-06-04');
    expect(appealWindowDays(settings, 'FR', 'appeal')).toBeNull();
  });

  it('opens the cassation window after an appeal decision (an appeal with an outcome), not after an appeal hearing', () => {
    const decided = [
      { id: 'v', kind: 'verdict' as const, date: '2024-01-10' },
      { id: 'hearing', kind: 'appeal' as const, date: '2024-03-01', outcome: null },
      { id: 'decision', kind: 'appeal' as const, date: '2024-04-01', outcome: 'Verdict upheld' },
    ];
    expect(windows(baseCase({ courtEvents: decided }))).toEqual([
      { id: 'decision', due: '2024-09-28', facts: { kind: 'appeal_window', level: 'appeal', decidedOn: '2024-04-01', missed: false, key: 'appeal:decision' } },
    ]);
    // No cassation limit for the country: no cassation reminder.
    expect(windows(baseCase({ courtEvents: decided, countryCode: 'UZ' }))).toEqual([]);
    // A cassation recorded closes it.
    const cassation = [...decided, { id: 'c', kind: 'cassation' as const, date: '2024-05' }];
    expect(windows(baseCase({ courtEvents: cassation }))).toEqual([]);
  });

  it('ships defaults for the five focus countries', () => {
    expect(Object.keys(DEFAULT_APPEAL_WINDOWS).sort()).toEqual(['KG', 'KZ', 'TJ', 'TM', 'UZ']);
    for (const levels of Object.values(DEFAULT_APPEAL_WINDOWS)) expect(levels.verdict).toBeGreaterThan(0);
  });
});

describe('missed appeal windows', () => {
  const old = { id: 'v', kind: 'verdict' as const, date: '2024-05-01', episodeId: 'ep-1' };

  it('keeps a window that closed with no appeal recorded, as missed and overdue', () => {
    expect(windows(baseCase({ courtEvents: [old] }))).toEqual([
      { id: 'v', due: '2024-05-16', facts: { kind: 'appeal_window', level: 'verdict', decidedOn: '2024-05-01', missed: true, key: 'appeal:v' } },
    ]);
    const found = deriveDeadlines(baseCase({ courtEvents: [old] }), settings, TODAY);
    expect(found[0]?.title).toBe('Appeal window missed');
  });

  it('is no longer missed once an appeal is recorded in the same episode after the verdict', () => {
    const appealed = [old, { id: 'a', kind: 'appeal' as const, date: '2024-05-20', episodeId: 'ep-1' }];
    expect(windows(baseCase({ courtEvents: appealed }))).toEqual([]);
    // An appeal in another episode, or before the verdict, does not count.
    const elsewhere = [old, { id: 'a', kind: 'appeal' as const, date: '2024-05-20', episodeId: 'ep-2' }];
    expect(windows(baseCase({ courtEvents: elsewhere })).map((w) => w.facts)).toEqual([expect.objectContaining({ missed: true })]);
    const before = [old, { id: 'a', kind: 'appeal' as const, date: '2024-04-20', episodeId: 'ep-1' }];
    expect(windows(baseCase({ courtEvents: before })).map((w) => w.facts)).toEqual([expect.objectContaining({ missed: true })]);
  });

  it('counts an appeal known only to the month or year of the verdict or later', () => {
    for (const date of ['2024-05', '2024', '2025']) {
      expect(windows(baseCase({ courtEvents: [old, { id: 'a', kind: 'appeal' as const, date, episodeId: 'ep-1' }] }))).toEqual([]);
    }
    expect(windows(baseCase({ courtEvents: [old, { id: 'a', kind: 'appeal' as const, date: '2024-04', episodeId: 'ep-1' }] }))).toHaveLength(1);
  });

  it('gives no window for a verdict known only to the month or year', () => {
    for (const date of ['2024-05', '2023']) expect(windows(baseCase({ courtEvents: [{ ...old, date }] }))).toEqual([]);
  });

  it('leaves the list once dismissed, and only the window dismissed', () => {
    const second = { id: 'w', kind: 'verdict' as const, date: '2024-04-01', episodeId: 'ep-2' };
    const input = baseCase({ courtEvents: [old, second], dismissed: ['appeal:v'] });
    expect(windows(input).map((w) => w.id)).toEqual(['w']);
  });

  it('gives nothing on a closed case', () => {
    expect(windows(baseCase({ courtEvents: [old], status: 'closed' }))).toEqual([]);
  });
});
