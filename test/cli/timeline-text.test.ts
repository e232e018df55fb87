// The command line's English for timeline entries, from the facts a real vault returns: the same
// words the app once sent as titles, and nothing of a redacted entry but its kind.
import { afterEach, describe, expect, it } from 'vitest';

import { timelineLine } from '../../db/features/timeline/timeline-text';
import { openCase } from '../db/support/fixtures';
import { createTestVault, type TestVault } from '../db/support/test-vault';

let v: TestVault;
afterEach(() => v?.close());

describe('timelineLine', () => {
  it('words every kind of entry from its facts', () => {
    v = createTestVault({ today: '2026-01-15' });
    v.signInAsAdmin();
    const { caseId } = openCase(v, { receivedOn: '2025-12-01' });
    const episode = v.call('episodes.create', { caseId, arrestDate: '2021-03', releaseDate: '2023', releaseReason: 'amnesty', detentionType: 'pre_trial', place: 'Almaty' });
    v.call('charges.create', { episodeId: episode.id, code: 'УК РК', article: '174', text: 'Inciting discord' });
    v.call('courtEvents.create', { episodeId: episode.id, date: '2021-03-15', kind: 'trial_hearing', court: 'Almaty City Court' });
    const first = v.call('sentences.create', { episodeId: episode.id, type: 'imprisonment', years: 2, startDate: '2021-03-01', handedDownOn: '2021-03-15' });
    v.call('sentences.create', { episodeId: episode.id, type: 'imprisonment', years: 1, months: 6, supersedesId: first.id, change: 'appeal_reduced', handedDownOn: '2021-06' });
    v.call('advocacy.create', { caseId, type: 'letter_to_government', date: '2022-05-01' });
    v.call('caseEvents.create', { caseId, kind: 'note', date: '2022', title: 'Lawyer visited', body: 'No access to medicine' });
    v.call('tasks.create', { title: 'Prepare the follow-up', dueOn: '2026-02-01', caseId });
    const lines = v.call('timeline.forCase', { caseId }).map((e) => [e.kind, timelineLine(e)]);
    expect(lines).toEqual([
      ['arrest', { title: 'Arrested', detail: 'Pre-trial detention · Almaty' }],
      ['charge', { title: 'Charged: УК РК art. 174', detail: 'Inciting discord' }],
      ['court_event', { title: 'Trial hearing · Almaty City Court', detail: null }],
      ['sentence', { title: 'Sentence: 2 years', detail: 'Imprisonment' }],
      ['sentence', { title: 'Sentence changed (reduced on appeal): 1 year 6 months', detail: 'Imprisonment' }],
      ['note', { title: 'Lawyer visited', detail: 'No access to medicine' }],
      ['advocacy_action', { title: 'Letter to the government', detail: 'Planned' }],
      ['expected_release', { title: 'Expected release', detail: '1 year 6 months' }],
      ['release', { title: 'Released', detail: 'Amnesty' }],
      ['referral_received', { title: 'Referral received', detail: 'From: family; urgency: normal' }],
      ['case_opened', { title: 'Case opened', detail: null }],
      ['task', { title: 'Prepare the follow-up', detail: 'Due 1 February 2026' }],
    ]);
  });

  it('says only the kind of a redacted entry', () => {
    v = createTestVault({ today: '2026-01-15' });
    v.signInAsAdmin();
    const { caseId } = openCase(v);
    v.call('caseEvents.create', { caseId, kind: 'visit', date: '2022', title: 'Source says he was beaten', confidential: true });
    v.signInAs('staff');
    const [entry] = v.call('timeline.forCase', { caseId, kinds: ['visit'] });
    expect(entry && timelineLine(entry)).toEqual({ title: 'Confidential entry (visit)', detail: null });
  });

  it("adds the referral's summary and words a charge named without its code", () => {
    v = createTestVault({ today: '2026-01-15' });
    v.signInAsAdmin();
    const referral = v.call('referrals.create', {
      receivedOn: '2025-12-01',
      channel: 'lawyer',
      countryCode: 'UZ',
      summary: 'Detained after a post',
      person: { name: 'Ильяшев Марат' },
      charges: [{ article: '244-1' }],
    });
    const { caseId } = v.call('referrals.decide', { id: referral.id, decision: 'accepted' });
    const lines = v.call('timeline.forCase', { caseId: caseId ?? '', kinds: ['referral_received', 'charge'] }).map((entry) => timelineLine(entry));
    expect(lines).toEqual([
      { title: 'Referral received', detail: 'From: lawyer; urgency: normal · Detained after a post' },
      { title: 'Charged: art. 244-1', detail: null },
    ]);
  });
});
