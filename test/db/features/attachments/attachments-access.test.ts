// Who sees which files: staff never a confidential one (list, open and read alike), nor the file
// names on a case whose person's name is withheld from them; a caseworker limited to their own cases
// reaches no file of another's; a file still being received is its sender's alone.
import { afterEach, describe, expect, it } from 'vitest';

import { addAttachment } from '../../support/attachments';
import { openCase } from '../../support/fixtures';
import { createTestVault, failure, type TestVault } from '../../support/test-vault';

let v: TestVault;
afterEach(() => v?.close());

function openConfidentialCase(name: string): string {
  const referral = v.call('referrals.create', { receivedOn: '2025-11-01', channel: 'family', countryCode: 'KZ', consent: 'none', person: { name, confidentiality: 'confidential' } });
  const decided = v.call('referrals.decide', { id: referral.id, decision: 'accepted' });
  if (decided.caseId === null) throw new Error('no case');
  return decided.caseId;
}

describe('staff', () => {
  it('never see confidential files, and see no file names on a case whose name is withheld', () => {
    v = createTestVault();
    v.signInAsAdmin();
    const { caseId } = openCase(v);
    const open = addAttachment(v, Buffer.from('public statement'), { caseId, fileName: 'statement.pdf', description: 'For the press' });
    const secret = addAttachment(v, Buffer.from('medical report'), { caseId, fileName: 'medical.pdf', confidential: true });
    const hiddenCase = openConfidentialCase('Салтанат Секретная');
    const named = addAttachment(v, Buffer.from('letter'), { caseId: hiddenCase, fileName: 'Салтанат письмо.JPG', description: 'From Салтанат' });
    const opened = v.call('attachments.open', { id: secret.id, purpose: 'view' });

    v.signInAs('staff');
    expect(v.call('attachments.list', { caseId }).map((a) => a.fileName)).toEqual(['statement.pdf']);
    expect(failure(() => v.call('attachments.open', { id: secret.id, purpose: 'view' })).details).toMatchObject({ reason: 'attachment_not_found' });
    expect(failure(() => v.call('attachments.read', { token: opened.token, seq: 0 })).details).toMatchObject({ reason: 'attachment_token_unknown' });
    expect(v.call('attachments.open', { id: open.id, purpose: 'view' }).fileName).toBe('statement.pdf');
    expect(failure(() => v.call('attachments.delete', { id: open.id })).code).toBe('FORBIDDEN');
    expect(failure(() => v.call('attachments.begin', { caseId, subjectKind: 'case', subjectId: null, fileName: 'x', mediaType: '', size: 0, sha256: named.sha256, confidential: false })).code).toBe('FORBIDDEN');

    const withheld = v.call('attachments.list', { caseId: hiddenCase });
    expect(withheld).toHaveLength(1);
    expect(withheld[0]).toMatchObject({ fileName: `file-${named.sha256.slice(0, 12)}.jpg`, description: null, nameWithheld: true });
    const openedWithheld = v.call('attachments.open', { id: named.id, purpose: 'export' });
    expect(JSON.stringify([withheld, openedWithheld])).not.toContain('Салтанат');

    // A grant of the case gives the name back.
    v.signInAsAdmin();
    const staff = v.call('users.list', {}).find((u) => u.name === 'staff');
    if (!staff) throw new Error('no staff user');
    v.call('cases.grants.add', { caseId: hiddenCase, userId: staff.id });
    v.signInAs('staff');
    expect(v.call('attachments.list', { caseId: hiddenCase })[0]).toMatchObject({ fileName: 'Салтанат письмо.JPG', description: 'From Салтанат' });
  });
});

describe('caseworkers limited to their own cases', () => {
  it('reach no file of a case that is not theirs', () => {
    v = createTestVault();
    v.signInAsAdmin();
    v.call('settings.update', { caseworkersOwnCasesOnly: 1 });
    v.signInAs('caseworker', 'amina');
    const mine = openCase(v, { name: 'Амина Своя' });
    const mineFile = addAttachment(v, Buffer.from('mine'), { caseId: mine.caseId });
    const begun = v.call('attachments.begin', { caseId: mine.caseId, subjectKind: 'case', subjectId: null, fileName: 'half.bin', mediaType: '', size: 1, sha256: mineFile.sha256, confidential: false });
    v.signInAs('caseworker', 'galym');
    const theirs = openCase(v, { name: 'Галым Чужой' });
    const theirFile = addAttachment(v, Buffer.from('theirs'), { caseId: theirs.caseId });
    // Another caseworker's upload in progress is not theirs to continue.
    expect(failure(() => v.call('attachments.chunk', { id: begun.id, seq: 0, data: 'AA==' })).details).toMatchObject({ reason: 'attachment_not_found' });

    v.signInAs('caseworker', 'amina');
    expect(failure(() => v.call('attachments.list', { caseId: theirs.caseId })).details).toMatchObject({ reason: 'case_not_found' });
    expect(failure(() => v.call('attachments.open', { id: theirFile.id, purpose: 'view' })).details).toMatchObject({ reason: 'attachment_not_found' });
    expect(failure(() => v.call('attachments.update', { id: theirFile.id, confidential: true })).details).toMatchObject({ reason: 'attachment_not_found' });
    expect(failure(() => v.call('attachments.delete', { id: theirFile.id })).details).toMatchObject({ reason: 'attachment_not_found' });
    expect(failure(() => v.call('attachments.begin', { caseId: theirs.caseId, subjectKind: 'case', subjectId: null, fileName: 'x', mediaType: '', size: 0, sha256: theirFile.sha256, confidential: false })).details).toMatchObject({ reason: 'case_not_found' });
    expect(v.call('attachments.list', { caseId: mine.caseId }).map((a) => a.id)).toEqual([mineFile.id]);
  });
});
