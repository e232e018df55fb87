// Charges typed at intake: checked like a case's charges, kept on the referral while undecided,
// and on acceptance made the charges of the case's first episode (a new pre-trial episode with no
// dates when intake named charges but no detention facts). The referral's summary reaches the
// case's timeline, except for staff.
import { afterEach, describe, expect, it } from 'vitest';

import type { Input } from '../../../../db/api';
import { createTestVault, failure, type TestVault } from '../../support/test-vault';

let v: TestVault;
afterEach(() => v?.close());

function referral(over: Partial<Input<'referrals.create'>> = {}) {
  return v.call('referrals.create', {
    receivedOn: '2026-01-10',
    channel: 'lawyer',
    countryCode: 'KZ',
    summary: 'Arrested after a post about the Zhanaozen anniversary.',
    person: { name: 'Кабиров Ержан' },
    ...over,
  });
}

describe('charges at intake', () => {
  it('keeps typed charges on the referral, article numbers cleaned like a case charge', () => {
    v = createTestVault();
    const r = referral({ charges: [{ code: 'УК РК', article: 'ст. 174', text: 'Incitement of discord' }, { article: '274' }] });
    expect(r.pendingCharges).toEqual([
      { code: 'УК РК', article: '174', text: 'Incitement of discord', category: 'other' },
      { code: null, article: '274', text: null, category: 'other' },
    ]);
    const updated = v.call('referrals.update', { id: r.id, charges: [{ article: '405', category: 'anti_state_extremism' }] });
    expect(updated.pendingCharges).toEqual([{ code: null, article: '405', text: null, category: 'anti_state_extremism' }]);
    expect(referral().pendingCharges).toEqual([]);
    // Inserted articles of the Uzbek and Tajik codes carry a hyphen.
    expect(referral({ charges: [{ code: 'УК РУз', article: '244-1' }] }).pendingCharges[0]?.article).toBe('244-1');
  });

  it('refuses a charge without an article number, naming the row', () => {
    v = createTestVault();
    const e = failure(() => referral({ charges: [{ article: '174' }, { article: 'incitement' }] }));
    expect(e.code).toBe('VALIDATION');
    expect((e.details as { issues: Record<string, { reason: string }> }).issues['charges.1.article']?.reason).toBe('article_number');
  });

  it('makes them the charges of the episode from the detention facts on acceptance', () => {
    v = createTestVault();
    const r = referral({
      detention: { arrestDate: '2025-12', detentionType: 'pre_trial', facility: 'SIZO-1' },
      charges: [{ code: 'УК РК', article: '174' }, { article: '274', text: 'False information' }],
    });
    const { caseId } = v.call('referrals.decide', { id: r.id, decision: 'accepted' });
    const episodes = v.call('episodes.list', { caseId: caseId ?? '' });
    expect(episodes).toHaveLength(1);
    const charges = v.call('charges.list', { episodeId: episodes[0]?.id ?? '' });
    expect(charges.map((c) => [c.code, c.article, c.text])).toEqual([
      ['УК РК', '174', null],
      ['', '274', 'False information'],
    ]);
    expect(v.call('referrals.get', { id: r.id }).pendingCharges).toEqual([]);
    const audited = v.sqlite.prepare("SELECT count(*) AS n FROM audit_entries WHERE action = 'charge.create'").get() as { n: number };
    expect(audited.n).toBe(2);
  });

  it('opens a pre-trial episode with no dates for charges named without detention facts', () => {
    v = createTestVault();
    const r = referral({ charges: [{ code: 'УК РК', article: '174' }] });
    const { caseId } = v.call('referrals.decide', { id: r.id, decision: 'accepted' });
    const [episode] = v.call('episodes.list', { caseId: caseId ?? '' });
    expect(episode).toMatchObject({ detentionType: 'pre_trial', arrestDate: null, releaseDate: null });
    expect(v.call('charges.list', { episodeId: episode?.id ?? '' })).toHaveLength(1);
    // No charges and no facts: no episode.
    const bare = referral({ person: { name: 'Другой Человек' } });
    const opened = v.call('referrals.decide', { id: bare.id, decision: 'accepted' });
    expect(v.call('episodes.list', { caseId: opened.caseId ?? '' })).toEqual([]);
  });
});

describe('the referral on the timeline', () => {
  it("carries the referral's summary, withheld from staff", () => {
    v = createTestVault();
    const r = referral({ urgency: 'urgent' });
    const { caseId } = v.call('referrals.decide', { id: r.id, decision: 'accepted' });
    const entry = () => v.call('timeline.forCase', { caseId: caseId ?? '', kinds: ['referral_received'] })[0];
    expect(entry()).toMatchObject({ date: '2026-01-10', facts: { kind: 'referral_received', channel: 'lawyer', urgency: 'urgent', summary: 'Arrested after a post about the Zhanaozen anniversary.' } });
    v.signInAs('staff');
    expect(entry()?.facts).toMatchObject({ kind: 'referral_received', summary: null });
  });
});
