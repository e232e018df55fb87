// Case events and the case timeline on a real vault: one chronological list across every table,
// partial dates before the days they contain, stable ties, the kind filter and staff redaction.
import { afterEach, describe, expect, it } from 'vitest';

import { createTestVault, type TestVault } from '../../support/test-vault';
import { auditFor, failure, openCase } from '../../support/fixtures';

let v: TestVault;
afterEach(() => v?.close());

function setUp() {
  v = createTestVault({ today: '2026-01-15' });
  const admin = v.signInAsAdmin();
  const opened = openCase(v, { receivedOn: '2025-12-01' });
  const { caseId } = opened;
  const episode = v.call('episodes.create', { caseId, arrestDate: '2021-03', releaseDate: '2023', releaseReason: 'amnesty', detentionType: 'pre_trial', place: 'Almaty' });
  v.call('charges.create', { episodeId: episode.id, code: 'УК РК', article: '174' });
  v.call('courtEvents.create', { episodeId: episode.id, date: '2021-03-15', kind: 'verdict' });
  v.call('courtEvents.create', { episodeId: episode.id, date: '2021', kind: 'trial_hearing' });
  v.call('sentences.create', { episodeId: episode.id, type: 'imprisonment', years: 2, startDate: '2021-03-01', handedDownOn: '2021-03-15' });
  v.call('caseEvents.create', { caseId, kind: 'transfer', date: '2021-03', title: 'Moved to SIZO-2' });
  const note = v.call('caseEvents.create', { caseId, kind: 'note', date: '2022', title: 'Source says he was beaten', body: 'Details from the cellmate', confidential: true });
  v.call('advocacy.create', { caseId, type: 'wgad_petition', date: '2022-05-01', wgad: { submittedOn: '2022-05-01', transmittedOn: '2022-06-01' } });
  v.call('tasks.create', { title: 'Prepare the follow-up', dueOn: '2026-02-01', caseId });
  v.sqlite
    .prepare(
      `INSERT INTO reviews (id, created_at, updated_at, case_id, supervisor_id, reviewed_at, verdict, comment, covers_until)
       VALUES ('019b0000-0000-7000-8000-000000000001', '2026-01-15T10:00:00.000Z', '2026-01-15T10:00:00.000Z', ?, ?, '2026-01-15T10:00:00.000Z', 'signed_off', 'Good', '2026-01-15T10:00:00.000Z')`,
    )
    .run(caseId, admin.id);
  return { ...opened, episode, note };
}

describe('timeline.forCase', () => {
  it('puts everything on the case in one partial-date-aware order', () => {
    const { caseId } = setUp();
    const timeline = v.call('timeline.forCase', { caseId });
    expect(timeline.map((e) => [e.date, e.kind])).toEqual([
      ['2021', 'court_event'],
      ['2021-03', 'arrest'],
      ['2021-03', 'charge'],
      ['2021-03', 'transfer'],
      ['2021-03-15', 'court_event'],
      ['2021-03-15', 'sentence'],
      ['2022', 'note'],
      ['2022-05-01', 'advocacy_action'],
      ['2022-05-01', 'wgad_submitted'],
      ['2022-06-01', 'wgad_transmitted'],
      ['2022-07-31', 'wgad_reply_due'],
      ['2023', 'release'],
      ['2023-03-01', 'expected_release'],
      ['2025-12-01', 'referral_received'],
      ['2026-01-15', 'case_opened'],
      ['2026-01-15', 'review'],
      ['2026-02-01', 'task'],
    ]);
    expect(timeline[1]).toMatchObject({
      facts: { kind: 'arrest', detentionType: 'pre_trial', place: 'Almaty', authority: null, facility: null },
      datePrecision: 'month',
      recordTable: 'detention_episodes',
    });
    expect(timeline[2]?.facts).toEqual({ kind: 'charge', code: 'УК РК', article: '174', description: null });
    expect(timeline[4]?.facts).toEqual({ kind: 'court_event', courtEventKind: 'verdict', court: null, outcome: null });
    expect(timeline[5]).toMatchObject({
      facts: { kind: 'sentence', change: null, sentenceType: 'imprisonment', term: { years: 2, months: 0, days: 0, life: false } },
      datePrecision: 'day',
    });
    expect(timeline[6]).toMatchObject({ facts: { kind: 'note', title: 'Source says he was beaten', body: 'Details from the cellmate' }, confidential: true, redacted: false });
    expect(timeline[7]).toMatchObject({ facts: { kind: 'advocacy_action', advocacyType: 'wgad_petition', status: 'planned' }, confidential: true });
    expect(timeline[11]?.facts).toEqual({ kind: 'release', releaseReason: 'amnesty' });
    expect(timeline[13]?.facts).toMatchObject({ kind: 'referral_received' });
    expect(timeline[15]?.facts).toEqual({ kind: 'review', verdict: 'signed_off', comment: 'Good' });
    expect(timeline[16]?.facts).toEqual({ kind: 'task', title: 'Prepare the follow-up', dueOn: '2026-02-01', done: false });
    // Every entry's facts are of its own kind.
    expect(timeline.every((e) => e.facts?.kind === e.kind)).toBe(true);
  });

  it('filters by kind and lists only the sentence in force as the expected release', () => {
    const { caseId, episode } = setUp();
    expect(v.call('timeline.forCase', { caseId, kinds: ['arrest', 'release'] }).map((e) => e.kind)).toEqual(['arrest', 'release']);
    const [first] = v.call('sentences.list', { episodeId: episode.id });
    v.call('sentences.create', { episodeId: episode.id, type: 'imprisonment', years: 1, supersedesId: first?.id, change: 'appeal_reduced', handedDownOn: '2021-06' });
    const releases = v.call('timeline.forCase', { caseId, kinds: ['sentence', 'expected_release'] });
    expect(releases.map((e) => [e.kind, e.date, e.facts])).toEqual([
      ['sentence', '2021-03-15', { kind: 'sentence', change: null, sentenceType: 'imprisonment', term: { years: 2, months: 0, days: 0, life: false } }],
      ['sentence', '2021-06', { kind: 'sentence', change: 'appeal_reduced', sentenceType: 'imprisonment', term: { years: 1, months: 0, days: 0, life: false } }],
      ['expected_release', '2022-03-01', { kind: 'expected_release', term: { years: 1, months: 0, days: 0, life: false } }],
    ]);
    expect(failure(() => v.call('timeline.forCase', { caseId, kinds: [] })).code).toBe('VALIDATION');
  });

  it('shows confidential entries to staff without their text', () => {
    const { caseId } = setUp();
    v.signInAs('staff');
    const note = v.call('timeline.forCase', { caseId, kinds: ['note'] })[0];
    expect(note).toMatchObject({ kind: 'note', facts: null, redacted: true });
    expect(JSON.stringify(note)).not.toContain('beaten');
    expect(v.call('timeline.forCase', { caseId, kinds: ['advocacy_action'] })[0]).toMatchObject({ kind: 'advocacy_action', facts: null, redacted: true });
  });
});

describe('case events and notes', () => {
  it('dates a note today when no date is given, and lists by date and kind', () => {
    const { caseId, note } = setUp();
    const today = v.call('caseEvents.create', { caseId, kind: 'note', title: 'Called the mother' });
    expect(today).toMatchObject({ date: '2026-01-15', datePrecision: 'day', authorName: 'Administrator', redacted: false });
    expect(v.call('caseEvents.list', { caseId, kinds: ['note'] }).map((e) => e.id)).toEqual([note.id, today.id]);
    expect(v.call('caseEvents.update', { id: today.id, date: '2026-01', kind: 'family_contact' }).datePrecision).toBe('month');
    v.call('caseEvents.delete', { id: note.id });
    expect(v.call('caseEvents.list', { caseId }).map((e) => e.kind)).toEqual(['transfer', 'family_contact']);
    expect(auditFor(v, today.id).map((a) => a.action)).toEqual(['note.create', 'caseEvent.update']);
  });

  it('redacts confidential events for staff and refuses their writes', () => {
    const { caseId } = setUp();
    v.signInAs('staff');
    const listed = v.call('caseEvents.list', { caseId, kinds: ['note'] });
    expect(listed[0]).toMatchObject({ title: 'Confidential entry', body: null, redacted: true });
    expect(failure(() => v.call('caseEvents.create', { caseId, kind: 'note', title: 'x' })).code).toBe('FORBIDDEN');
  });
});
