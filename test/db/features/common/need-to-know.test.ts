// Confidential people's names on a real vault: staff see "Confidential (code)" in the case list, the
// case file, people, the timeline, search, deadlines and reports until a supervisor or administrator
// grants them the case; revoking the grant hides the name again. Grants are audited and guarded.
import { afterEach, describe, expect, it } from 'vitest';

import { confidentialCode } from '../../../../db/features/common/visibility';
import { createTestVault, failure, type TestVault } from '../../support/test-vault';
import { auditFor } from '../../support/fixtures';

const SECRET = 'Салтанат Секретная';
const PERIOD = { from: '2025-10-01', to: '2025-12-31' };

let v: TestVault;
afterEach(() => v?.close());

function openConfidential(name: string, confidentiality: 'confidential' | 'normal', facility: string) {
  const referral = v.call('referrals.create', {
    receivedOn: '2025-11-01',
    channel: 'family',
    countryCode: 'KZ',
    consent: 'none',
    person: { name, confidentiality, nameVariants: confidentiality === 'confidential' ? [{ name: 'Saltanat Sekretnaya' }] : [] },
    detention: { arrestDate: '2025-10-10', place: 'Almaty', authority: null, detentionType: 'pre_trial', facility },
  });
  const decided = v.call('referrals.decide', { id: referral.id, decision: 'accepted' });
  if (decided.caseId === null) throw new Error('no case');
  return { caseId: decided.caseId, personId: referral.personId };
}

function setUp() {
  v = createTestVault({ today: '2026-01-15' });
  v.signInAsAdmin();
  const secret = openConfidential(SECRET, 'confidential', 'ИК-12 Жаугашты');
  const open = openConfidential('Ержан Открытый', 'normal', 'СИЗО-1');
  v.call('tasks.create', { title: 'Call the lawyer', dueOn: '2026-01-20', caseId: secret.caseId });
  const staff = v.signInAs('staff');
  return { secret, open, staff };
}

/** Every read a staff member makes that could carry the person's name, as one text. */
function staffReads(caseId: string, personId: string): string {
  return JSON.stringify([
    v.call('cases.list', {}),
    v.call('cases.get', { id: caseId }),
    v.call('people.get', { id: personId }),
    v.call('timeline.forCase', { caseId }),
    v.call('search.query', { q: 'Жаугашты' }),
    v.call('reports.country', { ...PERIOD, includeConfidentialNames: true }),
    v.call('reports.exportCsv', { ...PERIOD, includeConfidentialNames: true }),
  ]);
}

describe('confidential names for staff', () => {
  it('are withheld everywhere, with the same code on every screen', () => {
    const { secret, open } = setUp();
    const code = confidentialCode(secret.personId);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);

    const list = v.call('cases.list', { sort: 'name', direction: 'asc' });
    expect(list.rows.map((r) => [r.personName, r.personNameWithheld ?? null, r.confidential])).toEqual([
      ['Ержан Открытый', null, false],
      // Withheld names sort last, not among the names they would hint at.
      ['', code, true],
    ]);

    const detail = v.call('cases.get', { id: secret.caseId });
    expect(detail.person).toMatchObject({ name: '', nameVariants: [], nameWithheld: code, confidentiality: 'confidential', birthDate: null });
    expect(detail.referral).toMatchObject({ personName: '', personNameWithheld: code, summary: null });
    expect(v.call('people.get', { id: secret.personId })).toMatchObject({ name: '', nameWithheld: code });
    expect(v.call('people.get', { id: open.personId })).toMatchObject({ name: 'Ержан Открытый' });
    expect(v.call('people.get', { id: open.personId }).nameWithheld).toBeUndefined();

    // The facility still matches, under the code; the name itself matches nothing, in any spelling.
    const hits = v.call('search.query', { q: 'Жаугашты' });
    expect(hits.map((h) => [h.kind, h.personName, h.personNameWithheld])).toEqual([['facility', '', code]]);
    expect(v.call('search.query', { q: 'Секретная' })).toEqual([]);
    expect(v.call('search.query', { q: 'Sekretnaya' })).toEqual([]);
    expect(v.call('cases.list', { search: 'Салтанат' }).total).toBe(0);

    const report = v.call('reports.country', { ...PERIOD, includeConfidentialNames: true });
    expect(report.sections.map((s) => s.people)).toEqual([['Ержан Открытый', 'Confidential (1)']]);

    expect(staffReads(secret.caseId, secret.personId)).not.toMatch(/Салтанат|Секретная|Saltanat|Sekretnaya/);
  });

  it('are shown once a supervisor grants the case, and withheld again when the grant is revoked', () => {
    const { secret, staff } = setUp();
    v.signInAs('supervisor');
    const grant = v.call('cases.grants.add', { caseId: secret.caseId, userId: staff.id });
    expect(grant).toMatchObject({ caseId: secret.caseId, userId: staff.id, userName: 'staff', userRole: 'staff', grantedByName: 'supervisor' });
    expect(v.call('cases.grants.list', { caseId: secret.caseId }).map((g) => g.userId)).toEqual([staff.id]);
    expect(auditFor(v, grant.id).map((a) => [a.action, a.table_name])).toEqual([['case.grant', 'case_grants']]);

    v.signInAs('staff');
    const shown = staffReads(secret.caseId, secret.personId);
    expect(v.call('cases.get', { id: secret.caseId }).person).toMatchObject({ name: SECRET });
    expect(v.call('cases.get', { id: secret.caseId }).person.nameWithheld).toBeUndefined();
    expect(v.call('people.get', { id: secret.personId }).name).toBe(SECRET);
    expect(v.call('cases.list', { search: 'Салтанат' }).rows.map((r) => r.personName)).toEqual([SECRET]);
    expect(new Set(v.call('search.query', { q: 'Секретная' }).map((h) => [h.kind, h.personName].join(' ')))).toEqual(new Set([`name ${SECRET}`, `variant ${SECRET}`]));
    expect(v.call('reports.country', { ...PERIOD, includeConfidentialNames: true }).sections[0]?.people).toEqual(['Ержан Открытый', SECRET]);
    expect(shown).toContain(SECRET);

    v.signInAs('supervisor');
    v.call('cases.grants.remove', { caseId: secret.caseId, userId: staff.id });
    expect(v.call('cases.grants.list', { caseId: secret.caseId })).toEqual([]);
    expect(auditFor(v, grant.id).map((a) => a.action)).toEqual(['case.grant', 'case.revokeGrant']);

    v.signInAs('staff');
    expect(v.call('cases.get', { id: secret.caseId }).person).toMatchObject({ name: '', nameWithheld: confidentialCode(secret.personId) });
    expect(staffReads(secret.caseId, secret.personId)).not.toMatch(/Салтанат|Секретная/);
  });

  it('stay readable for caseworkers, supervisors and administrators without any grant', () => {
    const { secret } = setUp();
    for (const role of ['caseworker', 'supervisor'] as const) {
      v.signInAs(role);
      expect(v.call('cases.get', { id: secret.caseId }).person.name).toBe(SECRET);
      expect(v.call('cases.list', {}).rows.some((r) => r.personName === SECRET && r.personNameWithheld === undefined)).toBe(true);
    }
  });
});

describe('cases.grants', () => {
  it('is for supervisors and administrators, grants only staff and caseworkers, once each', () => {
    const { secret, staff } = setUp();
    expect(failure(() => v.call('cases.grants.add', { caseId: secret.caseId, userId: staff.id })).code).toBe('FORBIDDEN');
    expect(failure(() => v.call('cases.grants.list', { caseId: secret.caseId })).code).toBe('FORBIDDEN');
    const supervisor = v.signInAs('supervisor');
    const admin = v.signInAsAdmin();
    v.call('cases.grants.add', { caseId: secret.caseId, userId: staff.id });
    const twice = failure(() => v.call('cases.grants.add', { caseId: secret.caseId, userId: staff.id }));
    expect([twice.code, twice.details]).toEqual(['CONFLICT', { reason: 'grant_exists', params: { name: 'staff' } }]);
    // Supervisors and administrators see every case already: a grant to them would mean nothing.
    expect(failure(() => v.call('cases.grants.add', { caseId: secret.caseId, userId: supervisor.id })).code).toBe('VALIDATION');
    expect(failure(() => v.call('cases.grants.add', { caseId: secret.caseId, userId: admin.id })).code).toBe('VALIDATION');
    expect(failure(() => v.call('cases.grants.remove', { caseId: secret.caseId, userId: supervisor.id })).code).toBe('NOT_FOUND');
    expect(v.sqlite.prepare('SELECT count(*) AS n FROM case_grants').get()).toEqual({ n: 1 });
  });
});
