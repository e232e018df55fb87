// Examples for each reminder rule of docs/architecture.md, one case at a time.
import { describe, expect, it } from 'vitest';

import {
  classifyDeadline,
  DEFAULT_DEADLINE_SETTINGS,
  deriveDeadlines,
  wgadDates,
} from '../../../../db/features/tasks/deadlines';
import type { CaseDeadlineInput, WgadPetitionDates } from '../../../../db/features/tasks/deadlines';

const TODAY = '2024-06-01';
const settings = DEFAULT_DEADLINE_SETTINGS;

const baseCase = (overrides: Partial<CaseDeadlineInput> = {}): CaseDeadlineInput => ({
  caseId: 'case-1',
  status: 'active',
  lastActivityOn: '2024-05-20',
  wgad: [],
  courtEvents: [],
  sentences: [],
  episodes: [],
  advocacy: [],
  ...overrides,
});

const petition = (overrides: Partial<WgadPetitionDates> = {}): WgadPetitionDates => ({
  actionId: 'wgad-1',
  transmittedOn: null,
  replyDue: null,
  replyReceivedOn: null,
  sourceCommentsDue: null,
  sourceCommentsSentOn: null,
  opinionAdoptedOn: null,
  followUpDue: null,
  outcome: 'pending',
  ...overrides,
});

const kindsAndDue = (input: CaseDeadlineInput, today = TODAY) =>
  deriveDeadlines(input, settings, today).map((d) => [d.kind, d.recordId, d.due]);

describe('wgadDates', () => {
  it('counts each interval from its own starting event', () => {
    expect(
      wgadDates({ transmittedOn: '2024-01-15', replyReceivedOn: '2024-03-10', opinionAdoptedOn: '2024-08-30' }, settings),
    ).toEqual({ replyDue: '2024-03-15', sourceCommentsDue: '2024-04-09', followUpDue: '2025-02-26' });
  });

  it('leaves a due date empty until its starting event happens, and follows the settings', () => {
    expect(wgadDates({ transmittedOn: '2024-01-15', replyReceivedOn: null, opinionAdoptedOn: null }, { ...settings, wgadReplyDays: 30 }))
      .toEqual({ replyDue: '2024-02-14', sourceCommentsDue: null, followUpDue: null });
  });
});

describe('WGAD reminders', () => {
  it('asks for the government reply while none has been received', () => {
    expect(kindsAndDue(baseCase({ wgad: [petition({ transmittedOn: '2024-05-01' })] }))).toEqual([
      ['wgad_reply', 'wgad-1', '2024-06-30'],
    ]);
  });

  it('prefers a stored reply due date, which may carry an extension', () => {
    const wgad = [petition({ transmittedOn: '2024-05-01', replyDue: '2024-07-31' })];
    expect(kindsAndDue(baseCase({ wgad }))).toEqual([['wgad_reply', 'wgad-1', '2024-07-31']]);
  });

  it('asks for source comments once the reply is in, until they are sent', () => {
    const received = petition({ transmittedOn: '2024-03-01', replyReceivedOn: '2024-05-10' });
    expect(kindsAndDue(baseCase({ wgad: [received] }))).toEqual([['wgad_source_comments', 'wgad-1', '2024-06-09']]);
    const sent = { ...received, sourceCommentsSentOn: '2024-05-30' };
    expect(kindsAndDue(baseCase({ wgad: [sent] }))).toEqual([]);
  });

  it('asks for follow-up after an opinion finding arbitrary detention, and drops earlier steps', () => {
    const wgad = [petition({ transmittedOn: '2023-01-01', opinionAdoptedOn: '2024-04-01', outcome: 'arbitrary' })];
    expect(kindsAndDue(baseCase({ wgad }))).toEqual([['wgad_follow_up', 'wgad-1', '2024-09-28']]);
  });

  it('has nothing to follow up after a not-arbitrary opinion or a filed petition', () => {
    const notArbitrary = petition({ opinionAdoptedOn: '2024-04-01', outcome: 'not_arbitrary' });
    const filed = petition({ actionId: 'wgad-2', transmittedOn: '2024-05-01', outcome: 'filed' });
    expect(kindsAndDue(baseCase({ wgad: [notArbitrary, filed] }))).toEqual([]);
  });

  it('waits for transmission before any reply is due', () => {
    expect(kindsAndDue(baseCase({ wgad: [petition()] }))).toEqual([]);
  });
});

describe('court reminders', () => {
  it('lists future hearings known to the day, including today, and not past or partial ones', () => {
    const courtEvents = [
      { id: 'past', kind: 'trial_hearing' as const, date: '2024-05-31' },
      { id: 'today', kind: 'pre_trial_hearing' as const, date: '2024-06-01' },
      { id: 'next', kind: 'appeal' as const, date: '2024-07-02' },
      { id: 'month-only', kind: 'trial_hearing' as const, date: '2024-08' },
    ];
    const found = deriveDeadlines(baseCase({ courtEvents }), settings, TODAY);
    expect(found.map((d) => [d.kind, d.recordId, d.due, d.title])).toEqual([
      ['hearing', 'today', '2024-06-01', 'Pre-trial hearing'],
      ['hearing', 'next', '2024-07-02', 'Appeal hearing'],
    ]);
    expect(found.map((d) => d.facts)).toEqual([
      { kind: 'hearing', courtEventKind: 'pre_trial_hearing' },
      { kind: 'hearing', courtEventKind: 'appeal' },
    ]);
  });

  it('opens an appeal window after a verdict, closing appealWindowDays later', () => {
    const courtEvents = [{ id: 'v', kind: 'verdict' as const, date: '2024-05-25' }];
    expect(kindsAndDue(baseCase({ courtEvents }))).toEqual([['appeal_window', 'v', '2024-06-04']]);
    expect(deriveDeadlines(baseCase({ courtEvents }), { ...settings, appealWindowDays: 15 }, TODAY)[0]?.due).toBe('2024-06-09');
  });

  it('lists a future verdict as a hearing and its appeal window after it', () => {
    const courtEvents = [{ id: 'v', kind: 'verdict' as const, date: '2024-06-20' }];
    expect(kindsAndDue(baseCase({ courtEvents }))).toEqual([
      ['hearing', 'v', '2024-06-20'],
      ['appeal_window', 'v', '2024-06-30'],
    ]);
  });

  it('closes the window once an appeal is recorded, even one known only to the month', () => {
    const appealed = [
      { id: 'v', kind: 'verdict' as const, date: '2024-05-25' },
      { id: 'a', kind: 'appeal' as const, date: '2024-05' },
    ];
    expect(kindsAndDue(baseCase({ courtEvents: appealed }))).toEqual([]);
  });

  it('does not count an earlier appeal against a later verdict', () => {
    const courtEvents = [
      { id: 'a', kind: 'appeal' as const, date: '2023-11-02' },
      { id: 'v', kind: 'verdict' as const, date: '2024-05-25' },
    ];
    expect(kindsAndDue(baseCase({ courtEvents }))).toEqual([['appeal_window', 'v', '2024-06-04']]);
  });
});

describe('release reminders', () => {
  const sentence = (id: string, expectedRelease: string | null, superseded = false, episodeId: string | null = 'ep-1') => ({
    id,
    expectedRelease,
    expectedReleasePrecision: null,
    superseded,
    episodeId,
  });

  it('reminds of an expected release ahead', () => {
    const input = baseCase({ sentences: [sentence('s1', '2025-03-10')], episodes: [{ id: 'ep-1', releaseDate: null }] });
    const [found] = deriveDeadlines(input, settings, TODAY);
    expect(found).toEqual({
      kind: 'expected_release',
      caseId: 'case-1',
      recordId: 's1',
      due: '2025-03-10',
      facts: { kind: 'expected_release', expectedRelease: '2025-03-10' },
      title: 'Expected release: 10 March 2025',
    });
  });

  it('flags a release date that passed with no release recorded', () => {
    const input = baseCase({ sentences: [sentence('s1', '2024-05-31')], episodes: [{ id: 'ep-1', releaseDate: null }] });
    expect(kindsAndDue(input)).toEqual([['release_unrecorded', 's1', '2024-05-31']]);
  });

  it('says nothing once the episode records a release, or for superseded sentences', () => {
    const released = baseCase({ sentences: [sentence('s1', '2024-05-31')], episodes: [{ id: 'ep-1', releaseDate: '2024-05-31' }] });
    expect(kindsAndDue(released)).toEqual([]);
    const superseded = baseCase({ sentences: [sentence('s1', '2024-05-31', true)], episodes: [{ id: 'ep-1', releaseDate: null }] });
    expect(kindsAndDue(superseded)).toEqual([]);
  });

  it('checks the sentence against its own episode, not a later arrest', () => {
    const input = baseCase({
      sentences: [sentence('old', '2020-01-01', false, 'ep-1')],
      episodes: [{ id: 'ep-1', releaseDate: '2020-01-01' }, { id: 'ep-2', releaseDate: null }],
    });
    expect(kindsAndDue(input)).toEqual([]);
  });

  it('without an episode link, any open episode means not yet released', () => {
    const open = baseCase({ sentences: [sentence('s1', '2024-05-01', false, null)], episodes: [{ id: 'ep-1', releaseDate: null }] });
    expect(kindsAndDue(open)).toEqual([['release_unrecorded', 's1', '2024-05-01']]);
    const closed = baseCase({ sentences: [sentence('s1', '2024-05-01', false, null)], episodes: [{ id: 'ep-1', releaseDate: '2024-05-02' }] });
    expect(kindsAndDue(closed)).toEqual([]);
  });

  it('treats a partial release date by its span: ahead, under way, then passed', () => {
    const input = (expected: string) => baseCase({ sentences: [sentence('s1', expected)], episodes: [{ id: 'ep-1', releaseDate: null }] });
    expect(kindsAndDue(input('2024-09'))).toEqual([['expected_release', 's1', '2024-09-01']]);
    expect(kindsAndDue(input('2024-06'), '2024-06-15')).toEqual([['expected_release', 's1', '2024-06-15']]);
    expect(kindsAndDue(input('2024'))).toEqual([['expected_release', 's1', TODAY]]);
    expect(kindsAndDue(input('2024-05'))).toEqual([['release_unrecorded', 's1', '2024-05-31']]);
    expect(deriveDeadlines(input('2024-09'), settings, TODAY)[0]?.title).toBe('Expected release: September 2024');
  });
});

describe('advocacy, tasks and stale cases', () => {
  it('reminds of advocacy follow-ups until the action is done', () => {
    const advocacy = [
      { id: 'a1', followUpDue: '2024-06-10', status: 'awaiting_response' as const },
      { id: 'a2', followUpDue: '2024-05-10', status: 'done' as const },
      { id: 'a3', followUpDue: null, status: 'planned' as const },
    ];
    expect(kindsAndDue(baseCase({ advocacy }))).toEqual([['advocacy_follow_up', 'a1', '2024-06-10']]);
  });

  it('includes open hand-typed tasks with their own titles', () => {
    const tasks = [
      { id: 't1', title: 'Call the lawyer', due: '2024-06-03', done: false },
      { id: 't2', title: 'Done already', due: '2024-06-02', done: true },
      { id: 't3', title: 'Someday', due: null, done: false },
    ];
    expect(deriveDeadlines(baseCase({ tasks }), settings, TODAY).map((d) => [d.kind, d.title])).toEqual([['task', 'Call the lawyer']]);
  });

  it('flags an active case after staleCaseDays without activity, from the day it went stale', () => {
    expect(kindsAndDue(baseCase({ lastActivityOn: '2024-03-03' }))).toEqual([['stale_case', 'case-1', '2024-06-01']]);
    expect(kindsAndDue(baseCase({ lastActivityOn: '2024-03-04' }))).toEqual([]);
    expect(kindsAndDue(baseCase({ lastActivityOn: '2024-01-01' }))).toEqual([['stale_case', 'case-1', '2024-03-31']]);
  });

  it('does not flag cases under monitoring as stale, but still reminds of their deadlines', () => {
    const monitoring = baseCase({ status: 'monitoring', lastActivityOn: '2023-01-01', advocacy: [{ id: 'a1', followUpDue: '2024-06-10', status: 'planned' }] });
    expect(kindsAndDue(monitoring)).toEqual([['advocacy_follow_up', 'a1', '2024-06-10']]);
  });
});

describe('closed cases and ordering', () => {
  const busy = baseCase({
    lastActivityOn: '2023-01-01',
    wgad: [petition({ transmittedOn: '2024-05-01' })],
    courtEvents: [{ id: 'h', kind: 'trial_hearing', date: '2024-06-05' }],
    advocacy: [{ id: 'a1', followUpDue: '2024-05-01', status: 'planned' }],
  });

  it('orders a case reminders by due date', () => {
    expect(kindsAndDue(busy)).toEqual([
      ['stale_case', 'case-1', '2023-04-01'],
      ['advocacy_follow_up', 'a1', '2024-05-01'],
      ['hearing', 'h', '2024-06-05'],
      ['wgad_reply', 'wgad-1', '2024-06-30'],
    ]);
  });

  it('gives nothing for a closed case', () => {
    expect(deriveDeadlines({ ...busy, status: 'closed' }, settings, TODAY)).toEqual([]);
  });

  it('refuses a today that is not a full date', () => {
    expect(() => deriveDeadlines(busy, settings, '2024-06')).toThrow(RangeError);
  });
});

describe('classifyDeadline', () => {
  it('splits overdue, upcoming within upcomingDays, and later', () => {
    expect(classifyDeadline('2024-05-31', TODAY, settings)).toBe('overdue');
    expect(classifyDeadline(TODAY, TODAY, settings)).toBe('upcoming');
    expect(classifyDeadline('2024-07-01', TODAY, settings)).toBe('upcoming');
    expect(classifyDeadline('2024-07-02', TODAY, settings)).toBe('later');
    expect(classifyDeadline('2024-07-02', TODAY, { ...settings, upcomingDays: 31 })).toBe('upcoming');
  });
});
