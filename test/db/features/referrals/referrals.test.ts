// Referrals from intake to decision on a real vault: new and known people, sources, detention facts
// kept until acceptance, the triage list, one decision only, and acceptance opening exactly one case.
import { afterEach, describe, expect, it } from 'vitest';

import type { Input } from '../../../../db/api';
import { createTestVault, failure, MISSING_ID, type TestVault } from '../../support/test-vault';

let v: TestVault;
afterEach(() => v?.close());


function count(sql: string, ...params: unknown[]): number {
  return (v.sqlite.prepare(sql).get(...params) as { n: number }).n;
}

function referral(over: Partial<Input<'referrals.create'>> = {}) {
  return v.call('referrals.create', {
    receivedOn: '2026-01-10',
    channel: 'family',
    countryCode: 'KZ',
    person: { name: 'Кабиров Ержан', nameVariants: [{ name: 'Kabirov Yerzhan' }], professions: ['journalist'] },
    ...over,
  });
}

describe('referrals.create', () => {
  it('logs a referral for a new person with a new source contact and first detention facts', () => {
    v = createTestVault();
    const r = referral({
      sourceContact: { name: 'Гульнара Кабирова', relation: 'mother', reach: 'Signal' },
      sourceWithheld: true,
      summary: 'Arrested after a post about the Zhanaozen anniversary.',
      urgency: 'urgent',
      consent: 'private_only',
      detention: { arrestDate: '2025-12', place: 'Almaty', authority: 'KNB', detentionType: 'pre_trial', facility: 'SIZO-1' },
    });
    expect(r).toMatchObject({
      status: 'new',
      personName: 'Кабиров Ержан',
      countryCode: 'KZ',
      urgency: 'urgent',
      consent: 'private_only',
      sourceWithheld: true,
      sourceMasked: false,
      caseId: null,
      pendingDetention: { arrestDate: '2025-12', place: 'Almaty', authority: 'KNB', detentionType: 'pre_trial', facility: 'SIZO-1' },
    });
    expect(v.call('people.get', { id: r.personId }).nameVariants[0]).toMatchObject({ name: 'Kabirov Yerzhan', script: 'latin' });
    const contacts = v.call('contacts.list', { personId: r.personId, reveal: true });
    expect(contacts.map((c) => [c.id, c.name])).toEqual([[r.sourceContactId, 'Гульнара Кабирова']]);
    const actions = v.sqlite.prepare("SELECT action FROM audit_entries WHERE action LIKE '%.create' AND action <> 'vault.create' ORDER BY seq").all();
    expect(actions).toEqual([{ action: 'person.create' }, { action: 'contact.create' }, { action: 'referral.create' }]);
    expect(JSON.stringify(v.sqlite.prepare('SELECT changes FROM audit_entries').all())).not.toContain('Zhanaozen');
  });

  it('logs a second referral for a person already on file', () => {
    v = createTestVault();
    const first = referral();
    const second = referral({ person: undefined, personId: first.personId, channel: 'lawyer', sourceDescription: 'Defence lawyer' });
    expect(second.personId).toBe(first.personId);
    expect(count('SELECT count(*) AS n FROM people')).toBe(1);
  });

  it('answers bad input with the fields to fix', () => {
    v = createTestVault();
    const both = failure(() => referral({ personId: MISSING_ID }));
    expect(both.details).toEqual({
      reason: 'invalid_fields',
      fields: { person: 'Choose a person already on file or enter a new one' },
      issues: { person: { reason: 'choose_person', params: {} } },
    });
    const neither = failure(() => referral({ person: undefined }));
    expect(neither.code).toBe('VALIDATION');
    const shape = failure(() => referral({ receivedOn: '10.01.2026', channel: 'pigeon' as 'other', countryCode: 'Kazakhstan' }));
    expect(Object.keys((shape.details as { fields: object }).fields).sort()).toEqual(['channel', 'countryCode', 'receivedOn']);
    expect((shape.details as { issues: object }).issues).toMatchObject({
      receivedOn: { reason: 'full_date' },
      countryCode: { reason: 'country_code' },
      channel: { reason: 'invalid' },
    });
    const long = failure(() => referral({ summary: 'x'.repeat(20001) }));
    expect((long.details as { issues: object }).issues).toEqual({ summary: { reason: 'too_long', params: { max: 20000 } } });
    expect(failure(() => referral({ receivedOn: '2026-01-17' })).details).toEqual({
      reason: 'invalid_fields',
      fields: { receivedOn: 'This date is in the future' },
      issues: { receivedOn: { reason: 'future_date', params: {} } },
    });
    expect(failure(() => referral({ countryCode: 'QQ' })).details).toEqual({
      reason: 'invalid_fields',
      fields: { countryCode: 'Unknown country code QQ' },
      issues: { countryCode: { reason: 'unknown_country', params: { code: 'QQ' } } },
    });
    const arrest = failure(() => referral({ detention: { arrestDate: '2026-02', detentionType: 'administrative' } }));
    expect(arrest.details).toMatchObject({ issues: { 'detention.arrestDate': { reason: 'future_date' } } });
    expect(failure(() => referral({ person: undefined, personId: MISSING_ID })).details).toEqual({ reason: 'person_not_found' });
    expect(failure(() => referral({ sourceContactId: MISSING_ID })).details).toEqual({ reason: 'contact_not_found' });
    // Nothing half-written: each refused call rolled back.
    expect(count('SELECT count(*) AS n FROM people')).toBe(0);
    // Tomorrow in UTC is already today east of UTC (Central Asia is UTC+5): accepted.
    expect(referral({ receivedOn: '2026-01-16' }).receivedOn).toBe('2026-01-16');
  });

  it('is refused to staff, who may still read referrals but not their sources', () => {
    v = createTestVault();
    const r = referral({ sourceDescription: 'A cellmate released last week' });
    v.signInAs('staff');
    expect(failure(() => referral()).code).toBe('FORBIDDEN');
    expect(v.call('referrals.get', { id: r.id })).toMatchObject({ sourceDescription: null, sourceContactId: null, sourceMasked: true });
    expect(v.call('referrals.list', {}).total).toBe(1);
  });
});

describe('referrals.list', () => {
  it('shows undecided referrals, urgent first and longest waiting first, with paging and total', () => {
    v = createTestVault();
    const urgencies = ['low', 'normal', 'high', 'urgent'] as const;
    for (let i = 0; i < 24; i += 1) {
      referral({
        receivedOn: `2025-12-${String(i + 1).padStart(2, '0')}`,
        urgency: urgencies[i % 4],
        countryCode: i % 3 === 0 ? 'UZ' : 'KZ',
        person: { name: i % 2 ? `Person ${i}` : `Человек ${i}` },
      });
    }
    const decided = referral({ receivedOn: '2025-11-01', urgency: 'urgent' });
    v.call('referrals.decide', { id: decided.id, decision: 'declined', reason: 'Outside our mandate' });

    const page1 = v.call('referrals.list', { limit: 10 });
    const page3 = v.call('referrals.list', { limit: 10, offset: 20 });
    expect(page1.total).toBe(24);
    expect(page3.rows).toHaveLength(4);
    const all = v.call('referrals.list', { limit: 100 }).rows;
    expect(all.map((r) => r.urgency)).toEqual([...Array(6).fill('urgent'), ...Array(6).fill('high'), ...Array(6).fill('normal'), ...Array(6).fill('low')]);
    const urgentDates = all.filter((r) => r.urgency === 'urgent').map((r) => r.receivedOn);
    expect(urgentDates).toEqual([...urgentDates].sort());
    expect(page1.rows).toEqual(all.slice(0, 10));

    expect(v.call('referrals.list', { countryCode: 'uz' }).total).toBe(8);
    expect(v.call('referrals.list', { urgency: ['urgent', 'high'], countryCode: 'KZ' }).total).toBe(8);
    expect(v.call('referrals.list', { status: ['declined'] }).rows.map((r) => r.id)).toEqual([decided.id]);
  });
});

describe('referrals.update', () => {
  it('edits an undecided referral and refuses once it is decided', () => {
    v = createTestVault();
    const r = referral();
    const updated = v.call('referrals.update', { id: r.id, urgency: 'high', detention: { detentionType: 'house_arrest' } });
    expect(updated).toMatchObject({ urgency: 'high', pendingDetention: { detentionType: 'house_arrest', arrestDate: null } });
    const changes = JSON.parse(
      (v.sqlite.prepare("SELECT changes FROM audit_entries WHERE action = 'referral.update'").get() as { changes: string }).changes,
    ) as Record<string, unknown>;
    expect(changes).toEqual({ urgency: ['normal', 'high'], pendingDetention: 'changed' });
    v.call('referrals.decide', { id: r.id, decision: 'referred_elsewhere', reason: 'Partner in Almaty takes it' });
    const refused = failure(() => v.call('referrals.update', { id: r.id, urgency: 'low' }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/already decided/);
    expect(refused.details).toEqual({ reason: 'referral_decided_no_edit', params: { status: 'referred_elsewhere' }, status: 'referred_elsewhere' });
  });
});

describe('referrals.decide', () => {
  it('accepting opens exactly one case, with the detention episode from the intake facts', () => {
    v = createTestVault();
    const worker = v.signInAs('caseworker', 'aigerim');
    const r = referral({ detention: { arrestDate: '2025-12-03', place: 'Astana', detentionType: 'pre_trial' } });
    const { referral: decided, caseId } = v.call('referrals.decide', { id: r.id, decision: 'accepted', reason: 'Clear case' });
    expect(caseId).not.toBeNull();
    expect(decided).toMatchObject({ status: 'accepted', decidedOn: '2026-01-15', assignedTo: worker.id, caseId, pendingDetention: null });
    expect(count('SELECT count(*) AS n FROM cases')).toBe(1);
    const c = v.call('cases.get', { id: caseId ?? '' });
    expect(c).toMatchObject({ personId: r.personId, referralId: r.id, countryCode: 'KZ', openedOn: '2026-01-15', status: 'active' });
    expect(c).toMatchObject({ caseworkerId: worker.id, caseworkerName: 'aigerim', detentionStatus: 'detained' });
    const episode = v.sqlite.prepare('SELECT * FROM detention_episodes').all();
    expect(episode).toMatchObject([
      { case_id: caseId, person_id: r.personId, arrest_date: '2025-12-03', arrest_date_precision: 'day', place: 'Astana', detention_type: 'pre_trial' },
    ]);
    const actions = v.sqlite.prepare('SELECT action FROM audit_entries WHERE seq > (SELECT max(seq) FROM audit_entries WHERE action = ?) ORDER BY seq').all('referral.create');
    expect(actions.map((a) => (a as { action: string }).action)).toEqual(['case.open', 'detention.create', 'referral.decide']);

    const again = failure(() => v.call('referrals.decide', { id: r.id, decision: 'accepted' }));
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toBe('CONFLICT: This referral was already accepted on 2026-01-15; it cannot be decided again.');
    expect(count('SELECT count(*) AS n FROM cases')).toBe(1);
  });

  it('opens a case without detention facts as not detained, with a supervisor when named', () => {
    v = createTestVault();
    const boss = v.call('users.add', { name: 'saule', displayName: 'Saule', role: 'supervisor', passphrase: 'violet thunder marble canyon 7' });
    const r = referral();
    const assessing = v.call('referrals.decide', { id: r.id, decision: 'assessing' });
    expect(assessing).toMatchObject({ caseId: null, referral: { status: 'assessing', decidedOn: null } });
    expect(failure(() => v.call('referrals.decide', { id: r.id, decision: 'assessing' })).code).toBe('CONFLICT');
    const { caseId } = v.call('referrals.decide', { id: r.id, decision: 'accepted', decidedOn: '2026-01-12', supervisorId: boss.id });
    const c = v.call('cases.get', { id: caseId ?? '' });
    expect(c).toMatchObject({ openedOn: '2026-01-12', detentionStatus: 'not_detained', supervisorName: 'Saule', caseworkerName: 'Administrator' });
    expect(count('SELECT count(*) AS n FROM detention_episodes')).toBe(0);
  });

  it('requires a reason to decline or refer elsewhere, and sensible dates and people', () => {
    v = createTestVault();
    const r = referral();
    expect(failure(() => v.call('referrals.decide', { id: r.id, decision: 'declined' })).details).toEqual({
      reason: 'invalid_fields',
      fields: { reason: 'Give the reason for this decision' },
      issues: { reason: { reason: 'decision_reason', params: {} } },
    });
    expect(failure(() => v.call('referrals.decide', { id: r.id, decision: 'declined', reason: 'x', decidedOn: '2026-01-09' })).details).toEqual({
      reason: 'invalid_fields',
      fields: { decidedOn: 'The decision cannot come before the referral arrived (2026-01-10)' },
      issues: { decidedOn: { reason: 'before_received', params: { date: '2026-01-10' } } },
    });
    expect(failure(() => v.call('referrals.decide', { id: r.id, decision: 'accepted', decidedOn: '2026-02-01' })).code).toBe('VALIDATION');
    const staff = v.call('users.add', { name: 'dana', displayName: 'Dana', role: 'staff', passphrase: 'violet thunder marble canyon 7' });
    const wrongRole = failure(() => v.call('referrals.decide', { id: r.id, decision: 'accepted', caseworkerId: staff.id }));
    expect(Object.keys((wrongRole.details as { fields: object }).fields)).toEqual(['caseworkerId']);
    expect(wrongRole.details).toMatchObject({ issues: { caseworkerId: { reason: 'wrong_role', params: { name: 'Dana', role: 'staff' } } } });
    expect(failure(() => v.call('referrals.decide', { id: MISSING_ID, decision: 'accepted' })).code).toBe('NOT_FOUND');
    expect(count('SELECT count(*) AS n FROM cases')).toBe(0);
    const declined = v.call('referrals.decide', { id: r.id, decision: 'declined', reason: 'No political motive found' });
    expect(declined).toMatchObject({ caseId: null, referral: { status: 'declined', decisionReason: 'No political motive found' } });
  });

  it('refuses to open a second open case for the same person', () => {
    v = createTestVault();
    const first = referral();
    v.call('referrals.decide', { id: first.id, decision: 'accepted' });
    const second = referral({ person: undefined, personId: first.personId });
    const refused = failure(() => v.call('referrals.decide', { id: second.id, decision: 'accepted' }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.details).toMatchObject({ reason: 'person_has_open_case' });
    const again = failure(() => v.call('referrals.decide', { id: first.id, decision: 'declined', reason: 'Changed our minds' }));
    expect(again.details).toMatchObject({ reason: 'referral_already_decided', params: { status: 'accepted' } });
    expect(failure(() => v.call('referrals.get', { id: MISSING_ID })).details).toEqual({ reason: 'referral_not_found' });
    expect(v.call('referrals.get', { id: second.id }).status).toBe('new');
  });

  it('is refused to staff', () => {
    v = createTestVault();
    const r = referral();
    v.signInAs('staff');
    expect(failure(() => v.call('referrals.decide', { id: r.id, decision: 'accepted' })).code).toBe('FORBIDDEN');
  });
});
