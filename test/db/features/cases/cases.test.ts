// Cases on a real vault: the list's filters, search in Latin and Cyrillic, sorts, paging and totals
// over a few dozen cases; the detail; assignment to suitable colleagues; status, closing and reopening.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import type { CaseSummary, Profession } from '../../../../db/api';
import { createTestVault, failure, MISSING_ID, type TestVault } from '../../support/test-vault';

const PASS = 'violet thunder marble canyon 7';

function openCase(v: TestVault, name: string, over: { personId?: string; variants?: string[]; detained?: boolean } = {}): string {
  const r = v.call('referrals.create', {
    receivedOn: '2025-06-01',
    channel: 'lawyer',
    countryCode: 'KZ',
    ...(over.personId ? { personId: over.personId } : { person: { name, nameVariants: (over.variants ?? []).map((n) => ({ name: n })) } }),
    ...(over.detained ? { detention: { detentionType: 'pre_trial' as const } } : {}),
  });
  const { caseId } = v.call('referrals.decide', { id: r.id, decision: 'accepted', decidedOn: '2025-07-01' });
  if (!caseId) throw new Error('no case opened');
  return caseId;
}

const NAMES = ['Кабиров Ержан', 'Abdullaev Rustam', 'Алёна Петрова', 'Zhakupova Aigul', 'Турсунов Бахтиёр', 'Li Wei'];
const COUNTRIES = ['KZ', 'KG', 'TJ', 'UZ', 'TM'];
const PROFESSIONS: Profession[][] = [['journalist'], ['lawyer'], ['blogger', 'journalist']];

interface Seed {
  caseId: string;
  name: string;
  countryCode: string;
  professions: Profession[];
  status: 'active' | 'monitoring' | 'closed';
  detained: boolean;
  caseworker: string;
  confidential: boolean;
}

describe('cases.list over a few dozen cases', () => {
  let v: TestVault;
  const seeds: Seed[] = [];
  const workers: Record<string, string> = {};

  beforeAll(() => {
    v = createTestVault();
    for (const name of ['aigerim', 'timur']) workers[name] = v.call('users.add', { name, displayName: name, role: 'caseworker', passphrase: PASS }).id;
    for (let i = 0; i < 36; i += 1) {
      const s: Seed = {
        caseId: '',
        name: `${NAMES[i % NAMES.length] ?? ''} ${String(i).padStart(2, '0')}`,
        countryCode: COUNTRIES[i % COUNTRIES.length] ?? 'KZ',
        professions: PROFESSIONS[i % PROFESSIONS.length] ?? [],
        status: i % 6 === 0 ? 'closed' : i % 6 === 1 ? 'monitoring' : 'active',
        detained: i % 4 === 0,
        caseworker: i % 2 ? 'aigerim' : 'timur',
        confidential: i % 9 === 0,
      };
      const r = v.call('referrals.create', {
        receivedOn: '2025-01-01',
        channel: 'family',
        countryCode: s.countryCode,
        person: {
          name: s.name,
          professions: s.professions,
          confidentiality: s.confidential ? 'confidential' : 'normal',
          nameVariants: i === 0 ? [{ name: 'Kabirov Yerzhan' }] : [],
        },
        ...(s.detained ? { detention: { detentionType: 'prison_colony' as const } } : {}),
      });
      const decidedOn = `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      const opened = v.call('referrals.decide', { id: r.id, decision: 'accepted', decidedOn, caseworkerId: workers[s.caseworker] ?? '' });
      s.caseId = opened.caseId ?? '';
      if (s.status === 'closed') v.call('cases.close', { id: s.caseId, reason: 'released' });
      if (s.status === 'monitoring') v.call('cases.updateStatus', { id: s.caseId, status: 'monitoring' });
      seeds.push(s);
    }
  });
  afterAll(() => v.close());

  const ids = (rows: CaseSummary[]) => rows.map((r) => r.caseId).sort();
  const expected = (keep: (s: Seed) => boolean) => seeds.filter(keep).map((s) => s.caseId).sort();

  it('filters by country, status, detention, profession and caseworker, with exact totals', () => {
    const all = v.call('cases.list', { limit: 500 });
    expect(all.total).toBe(36);
    const kz = v.call('cases.list', { countryCode: 'KZ', limit: 500 });
    expect(ids(kz.rows)).toEqual(expected((s) => s.countryCode === 'KZ'));
    expect(kz.total).toBe(kz.rows.length);
    const open = v.call('cases.list', { status: ['active', 'monitoring'], limit: 500 });
    expect(ids(open.rows)).toEqual(expected((s) => s.status !== 'closed'));
    expect(ids(v.call('cases.list', { detentionStatus: 'detained', limit: 500 }).rows)).toEqual(expected((s) => s.detained));
    expect(ids(v.call('cases.list', { profession: 'journalist', limit: 500 }).rows)).toEqual(expected((s) => s.professions.includes('journalist')));
    const combined = v.call('cases.list', { profession: 'blogger', caseworkerId: workers.aigerim ?? '', status: ['active'], limit: 500 });
    expect(ids(combined.rows)).toEqual(
      expected((s) => s.professions.includes('blogger') && s.caseworker === 'aigerim' && s.status === 'active'),
    );
    expect(combined.total).toBe(combined.rows.length);
  });

  it('fills each row with the person, the caseworker and the confidentiality flag', () => {
    const first = seeds[0];
    const row = v.call('cases.list', { search: first?.name ?? '' }).rows[0];
    expect(row).toMatchObject({ personName: first?.name, confidential: true, countryCode: 'KZ', status: 'closed', detentionStatus: 'detained' });
    expect(row?.caseworkerName).toBe('timur');
  });

  it('finds names and spellings whatever the case or the letter ё', () => {
    const names = (search: string) => v.call('cases.list', { search, limit: 500 }).rows.map((r) => r.personName).sort();
    expect(names('kabirov')).toEqual(['Кабиров Ержан 00']);
    expect(names('кабиров е')).toEqual(['Кабиров Ержан 00', 'Кабиров Ержан 06', 'Кабиров Ержан 12', 'Кабиров Ержан 18', 'Кабиров Ержан 24', 'Кабиров Ержан 30']);
    expect(names('алена').length).toBe(6);
    expect(names('ABDULLAEV RUSTAM 07')).toEqual(['Abdullaev Rustam 07']);
    // Wildcards are literal characters, not patterns.
    expect(names('%')).toEqual([]);
    expect(v.call('cases.list', { search: 'ZHAKUPOVA', status: ['closed'] }).total).toBe(0);
  });

  it('sorts by name, country and dates either way, and pages without repeats or gaps', () => {
    const byName = v.call('cases.list', { sort: 'name', limit: 500 }).rows.map((r) => r.personName);
    expect(byName).toEqual([...byName].sort());
    const desc = v.call('cases.list', { sort: 'name', direction: 'desc', limit: 500 }).rows.map((r) => r.personName);
    expect(desc).toEqual([...byName].reverse());
    const opened = v.call('cases.list', { sort: 'openedOn', limit: 500 }).rows.map((r) => r.openedOn);
    expect(opened).toEqual([...opened].sort().reverse());
    const countries = v.call('cases.list', { sort: 'country', limit: 500 }).rows.map((r) => r.countryCode);
    expect(countries).toEqual([...countries].sort());
    const latest = v.call('cases.list', { limit: 1 }).rows[0];
    expect(latest?.caseId).toBe(seeds[seeds.length - 1]?.caseId);

    const pages: CaseSummary[] = [];
    for (let offset = 0; offset < 40; offset += 7) {
      const page = v.call('cases.list', { sort: 'openedOn', direction: 'asc', limit: 7, offset });
      expect(page.total).toBe(36);
      pages.push(...page.rows);
    }
    expect(ids(pages)).toEqual(expected(() => true));
  });

  it('is readable by staff, and refuses bad filters', () => {
    v.signInAs('staff');
    expect(v.call('cases.list', {}).total).toBe(36);
    const e = failure(() => v.call('cases.list', { status: [], sort: 'age' as 'name', limit: 0 }));
    expect(Object.keys((e.details as { fields: object }).fields).sort()).toEqual(['limit', 'sort', 'status']);
    v.signInAsAdmin();
  });
});

describe('cases.get, assign, updateStatus, close and reopen', () => {
  let v: TestVault;
  afterEach(() => v.close());

  it('shows the case with its person, referral and colleagues', () => {
    v = createTestVault();
    const caseId = openCase(v, 'Турсунов Бахтиёр', { variants: ['Tursunov Bakhtiyor'], detained: true });
    const c = v.call('cases.get', { id: caseId });
    expect(c).toMatchObject({ status: 'active', openedOn: '2025-07-01', caseworkerName: 'Administrator', supervisorName: null });
    expect(c.person.nameVariants.map((n) => n.name)).toEqual(['Tursunov Bakhtiyor']);
    expect(c.referral).toMatchObject({ id: c.referralId, status: 'accepted', caseId });
    expect(failure(() => v.call('cases.get', { id: MISSING_ID })).code).toBe('NOT_FOUND');
  });

  it('assigns only active colleagues with a suitable role', () => {
    v = createTestVault();
    const caseId = openCase(v, 'Li Wei');
    const add = (name: string, role: 'caseworker' | 'staff' | 'supervisor') => v.call('users.add', { name, displayName: name, role, passphrase: PASS }).id;
    const [erlan, dana, saule, gone] = [add('erlan', 'caseworker'), add('dana', 'staff'), add('saule', 'supervisor'), add('gone', 'caseworker')];
    v.call('users.revoke', { userId: gone });
    const before = v.call('cases.get', { id: caseId }).lastActivityAt;
    const assigned = v.call('cases.assign', { id: caseId, caseworkerId: erlan, supervisorId: saule });
    expect(assigned).toMatchObject({ caseworkerName: 'erlan', supervisorName: 'saule' });
    expect(assigned.lastActivityAt > before).toBe(true);
    const entry = v.sqlite.prepare("SELECT changes FROM audit_entries WHERE action = 'case.assign'").get() as { changes: string };
    expect(Object.keys(JSON.parse(entry.changes) as object).sort()).toEqual(['caseworkerId', 'supervisorId']);

    expect(failure(() => v.call('cases.assign', { id: caseId, caseworkerId: dana })).details).toEqual({
      reason: 'invalid_fields',
      fields: { caseworkerId: 'dana is programme staff; choose a caseworker, supervisor or administrator' },
      issues: { caseworkerId: { reason: 'wrong_role', params: { name: 'dana', role: 'staff' } } },
    });
    expect(failure(() => v.call('cases.assign', { id: caseId, supervisorId: erlan })).code).toBe('VALIDATION');
    expect(failure(() => v.call('cases.assign', { id: caseId, caseworkerId: gone })).details).toEqual({
      reason: 'invalid_fields',
      fields: { caseworkerId: 'gone is no longer active' },
      issues: { caseworkerId: { reason: 'inactive_user', params: { name: 'gone' } } },
    });
    expect(failure(() => v.call('cases.assign', { id: caseId, caseworkerId: MISSING_ID })).details).toMatchObject({ issues: { caseworkerId: { reason: 'no_such_user' } } });
    expect(failure(() => v.call('cases.assign', { id: caseId })).code).toBe('VALIDATION');
    expect(v.call('cases.assign', { id: caseId, supervisorId: null }).supervisorId).toBeNull();
    v.signInAs('staff');
    expect(failure(() => v.call('cases.assign', { id: caseId, caseworkerId: erlan })).code).toBe('FORBIDDEN');
  });

  it('moves between active and monitoring, closes once with a reason, and reopens', () => {
    v = createTestVault();
    const caseId = openCase(v, 'Zhakupova Aigul');
    expect(v.call('cases.updateStatus', { id: caseId, status: 'monitoring' }).status).toBe('monitoring');
    expect(failure(() => v.call('cases.close', { id: caseId, reason: 'released', closedOn: '2025-06-30' })).details).toEqual({
      reason: 'invalid_fields',
      fields: { closedOn: 'A case cannot close before it opened (2025-07-01)' },
      issues: { closedOn: { reason: 'before_opened', params: { date: '2025-07-01' } } },
    });
    expect(failure(() => v.call('cases.close', { id: caseId, reason: 'released', closedOn: '2026-01-17' })).code).toBe('VALIDATION');
    const closed = v.call('cases.close', { id: caseId, reason: 'released', closedOn: '2026-01-02' });
    expect(closed).toMatchObject({ status: 'closed', closingReason: 'released', closedOn: '2026-01-02' });

    const twice = failure(() => v.call('cases.close', { id: caseId, reason: 'died' }));
    expect(twice.code).toBe('CONFLICT');
    expect(twice.message).toContain('already closed on 2026-01-02');
    expect(failure(() => v.call('cases.updateStatus', { id: caseId, status: 'active' })).code).toBe('CONFLICT');
    expect(failure(() => v.call('cases.assign', { id: caseId, supervisorId: null })).code).toBe('CONFLICT');

    const reopened = v.call('cases.reopen', { id: caseId, status: 'monitoring' });
    expect(reopened).toMatchObject({ status: 'monitoring', closingReason: null, closedOn: null });
    expect(failure(() => v.call('cases.reopen', { id: caseId })).code).toBe('CONFLICT');
    const actions = v.sqlite.prepare("SELECT action FROM audit_entries WHERE table_name = 'cases' ORDER BY seq").all();
    expect(actions.map((a) => (a as { action: string }).action)).toEqual(['case.open', 'case.status', 'case.close', 'case.reopen']);
  });

  it('will not reopen a case while the same person has another open case', () => {
    v = createTestVault();
    const first = openCase(v, 'Abdullaev Rustam');
    const personId = v.call('cases.get', { id: first }).personId;
    v.call('cases.close', { id: first, reason: 'transferred' });
    const second = openCase(v, '', { personId });
    const refused = failure(() => v.call('cases.reopen', { id: first }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.details).toEqual({ reason: 'other_case_open', caseId: second });
  });

  it('answers NOT_FOUND for unknown cases on every write', () => {
    v = createTestVault();
    expect(failure(() => v.call('cases.updateStatus', { id: MISSING_ID, status: 'active' })).code).toBe('NOT_FOUND');
    expect(failure(() => v.call('cases.close', { id: MISSING_ID, reason: 'released' })).code).toBe('NOT_FOUND');
    expect(failure(() => v.call('cases.reopen', { id: MISSING_ID })).code).toBe('NOT_FOUND');
  });
});
