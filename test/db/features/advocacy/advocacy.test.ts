// Advocacy actions and WGAD petitions on a real vault: derived due dates that follow the settings,
// the opinion number's form, categories, consent to public advocacy, audit entries and roles.
import { afterEach, describe, expect, it } from 'vitest';

import type { Input } from '../../../../db/api';
import { createTestVault, type TestVault } from '../../support/test-vault';
import { auditFor, failure, openCase } from '../../support/fixtures';

let v: TestVault;
afterEach(() => v?.close());

function petition(caseId: string, wgad: Input<'advocacy.create'>['wgad'] = {}, over: Partial<Input<'advocacy.create'>> = {}) {
  return v.call('advocacy.create', { caseId, type: 'wgad_petition', date: '2025-09-01', status: 'submitted', wgad, ...over });
}

describe('WGAD derived dates', () => {
  it('derives reply, source comments and follow-up dates from the settings', () => {
    v = createTestVault();
    const { caseId } = openCase(v);
    const p = petition(caseId, { submittedOn: '2025-09-01', transmittedOn: '2025-11-01' });
    expect(p.wgad).toMatchObject({ replyDue: '2025-12-31', sourceCommentsDue: null, followUpDue: null, outcome: 'pending', categories: [] });
    const replied = v.call('advocacy.update', { id: p.id, wgad: { replyReceivedOn: '2026-01-05' } });
    expect(replied.wgad).toMatchObject({ replyDue: '2025-12-31', sourceCommentsDue: '2026-02-04', transmittedOn: '2025-11-01' });
    const opinion = v.call('advocacy.update', {
      id: p.id,
      wgad: { opinionAdoptedOn: '2026-01-10', opinionNumber: '3/2026', outcome: 'arbitrary', categories: ['III', 'I', 'III'], session: '105th' },
    });
    expect(opinion.wgad).toMatchObject({ followUpDue: '2026-07-09', opinionNumber: 'Opinion No. 3/2026', categories: ['I', 'III'] });
    const audit = auditFor(v, p.id);
    expect(audit.map((a) => a.action)).toEqual(['advocacy.create', 'advocacy.update', 'advocacy.update']);
    expect(JSON.parse(audit[0]?.changes ?? '{}')).toMatchObject({ 'wgad.replyDue': [null, '2025-12-31'] });
  });

  it('follows a settings change at once, leaving filed and deleted petitions alone', () => {
    v = createTestVault();
    const { caseId } = openCase(v);
    const open = petition(caseId, { transmittedOn: '2025-11-01', replyReceivedOn: '2026-01-05' });
    const filed = petition(caseId, { transmittedOn: '2025-11-01', outcome: 'filed' });
    const deleted = petition(caseId, { transmittedOn: '2025-11-01' });
    v.call('advocacy.delete', { id: deleted.id });
    v.call('settings.update', { wgadReplyDays: 90, wgadSourceCommentsDays: 14 });
    // A new petition uses the new intervals at once.
    expect(petition(caseId, { transmittedOn: '2025-11-01' }).wgad?.replyDue).toBe('2026-01-30');
    // settings.update recomputed the open petition already; a second pass finds nothing to do.
    expect(v.call('advocacy.recomputeWgadDeadlines', {})).toEqual({ checked: 2, changed: 0 });
    const byId = new Map(v.call('advocacy.list', { caseId }).map((a) => [a.id, a.wgad]));
    expect(byId.get(open.id)).toMatchObject({ replyDue: '2026-01-30', sourceCommentsDue: '2026-01-19' });
    expect(byId.get(filed.id)?.replyDue).toBe('2025-12-31');
    expect(byId.has(deleted.id)).toBe(false);
    expect(auditFor(v, open.id).map((a) => a.action)).toContain('wgad.recompute');
  });

  it('lets only administrators recompute', () => {
    v = createTestVault();
    v.signInAs('supervisor');
    expect(failure(() => v.call('advocacy.recomputeWgadDeadlines', {})).code).toBe('FORBIDDEN');
  });

  it('refuses steps out of order', () => {
    v = createTestVault();
    const { caseId } = openCase(v);
    const e = failure(() => petition(caseId, { submittedOn: '2025-09-01', transmittedOn: '2025-08-01' }));
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toContain('2025-08-01');
    expect(e.details).toMatchObject({
      reason: 'wgad_out_of_order',
      params: { step: 'transmittedOn', date: '2025-08-01', previousDate: '2025-09-01' },
      issues: { 'wgad.transmittedOn': { reason: 'out_of_order', params: { date: '2025-09-01' } } },
    });
  });
});

describe('WGAD fields', () => {
  it('writes opinion numbers one way and refuses what is not one', () => {
    v = createTestVault();
    const { caseId } = openCase(v);
    const cases: Array<[string, string]> = [
      ['12/2023', 'Opinion No. 12/2023'],
      ['Opinion No. 12/2023', 'Opinion No. 12/2023'],
      ['opinion no 7 / 2024', 'Opinion No. 7/2024'],
      ['No. 012/2023', 'Opinion No. 12/2023'],
      ['Мнение № 45/2022', 'Opinion No. 45/2022'],
    ];
    for (const [given, stored] of cases) expect(petition(caseId, { opinionNumber: given }).wgad?.opinionNumber).toBe(stored);
    for (const bad of ['twelve', '12-2023', '12/1985', '1234/2023']) {
      expect(failure(() => petition(caseId, { opinionNumber: bad })).code).toBe('VALIDATION');
    }
    expect(failure(() => petition(caseId, { categories: ['VI' as 'V'] })).code).toBe('VALIDATION');
  });

  it('keeps WGAD fields to WGAD actions, and a WGAD action a WGAD action', () => {
    v = createTestVault();
    const { caseId } = openCase(v);
    const letter = v.call('advocacy.create', { caseId, type: 'letter_to_government', date: '2025-10-01', target: 'Ministry of Justice' });
    expect(letter.wgad).toBeNull();
    expect(failure(() => v.call('advocacy.update', { id: letter.id, wgad: { submittedOn: '2025-10-02' } })).code).toBe('VALIDATION');
    const appeal = v.call('advocacy.create', { caseId, type: 'wgad_urgent_appeal', date: '2025-10-03' });
    expect(appeal.wgad).toMatchObject({ outcome: 'pending', replyDue: null });
    expect(failure(() => v.call('advocacy.update', { id: appeal.id, type: 'media' })).code).toBe('VALIDATION');
    expect(v.call('advocacy.update', { id: appeal.id, type: 'wgad_petition' }).wgad).not.toBeNull();
  });
});

describe('advocacy actions', () => {
  it('lists by date, without deleted ones, and keeps the follow-up date', () => {
    v = createTestVault();
    const { caseId } = openCase(v);
    const later = v.call('advocacy.create', { caseId, type: 'media', date: '2025-12-01', followUpDue: '2026-02-01' });
    const earlier = v.call('advocacy.create', { caseId, type: 'diplomatic_meeting', date: '2025-10-01', status: 'done', outcome: 'Raised the case' });
    const gone = v.call('advocacy.create', { caseId, type: 'public_statement', date: '2025-11-01' });
    v.call('advocacy.delete', { id: gone.id });
    const listed = v.call('advocacy.list', { caseId });
    expect(listed.map((a) => a.id)).toEqual([earlier.id, later.id]);
    expect(listed[1]).toMatchObject({ followUpDue: '2026-02-01', public: false, status: 'planned' });
  });

  it('makes an action public only with consent to public advocacy', () => {
    v = createTestVault();
    const quiet = openCase(v, { name: 'Quiet', consent: 'private_only' });
    const e = failure(() => v.call('advocacy.create', { caseId: quiet.caseId, type: 'public_statement', date: '2025-10-01', public: true }));
    expect(e.code).toBe('VALIDATION');
    expect(e.details).toMatchObject({ reason: 'no_public_consent', issues: { public: { reason: 'no_public_consent' } } });
    const action = v.call('advocacy.create', { caseId: quiet.caseId, type: 'public_statement', date: '2025-10-01' });
    expect(failure(() => v.call('advocacy.update', { id: action.id, public: true })).code).toBe('VALIDATION');
    const open = openCase(v, { name: 'Open', consent: 'public' });
    expect(v.call('advocacy.create', { caseId: open.caseId, type: 'public_statement', date: '2025-10-01', public: true }).public).toBe(true);
  });

  it('refuses staff writes', () => {
    v = createTestVault();
    const { caseId } = openCase(v);
    v.signInAs('staff');
    expect(v.call('advocacy.list', { caseId })).toEqual([]);
    expect(failure(() => v.call('advocacy.create', { caseId, type: 'media', date: '2025-10-01' })).code).toBe('FORBIDDEN');
  });
});
