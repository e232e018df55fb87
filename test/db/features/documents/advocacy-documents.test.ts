// The advocacy documents on a real vault, read back as a reader would see them: the DOCX's
// word/document.xml as text and the PDF through pdftotext. A rich case fills the WGAD
// questionnaire; a sparse one gets placeholders and the checklist; templates can be overridden.
import { readFileSync, statSync } from 'node:fs';

import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';

import { createTestVault, type TestVault } from '../../support/test-vault';
import { auditFor, openCase } from '../../support/fixtures';
import { readPdf } from './support/pdf-text';

let v: TestVault;
afterEach(() => v?.close());

/** The text of a DOCX: its paragraphs, one line each. */
export function docxText(base64: string): string {
  const files = unzipSync(Buffer.from(base64, 'base64'));
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  return xml
    .replace(/<w:br\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

/** pdftotext lays text out in columns; one space between words is enough to compare. */
const squeeze = (s: string) => s.replace(/\s+/g, ' ');

function richCase() {
  const referral = v.call('referrals.create', {
    receivedOn: '2025-12-01',
    channel: 'family',
    countryCode: 'KZ',
    consent: 'public',
    summary: 'Arrested after posts criticising the regional governor.',
    sourceContact: { name: 'Aigerim Sadykova', relation: 'sister' },
    person: { name: 'Sadykov Marat', sex: 'male', birthDate: '1984-05-17', citizenship: 'KZ', professions: ['journalist'] },
  });
  const { caseId } = v.call('referrals.decide', { id: referral.id, decision: 'accepted' });
  if (caseId === null) throw new Error('no case');
  const episode = v.call('episodes.create', {
    caseId,
    arrestDate: '2025-03-12',
    place: 'Almaty, at his home',
    authority: 'National Security Committee (KNB)',
    arrestWarrant: 'yes',
    arrestWarrantNote: 'Warrant of the Almaty city prosecutor',
    detentionGrounds: 'Risk of flight alleged by the investigator',
    detentionType: 'pre_trial',
    facility: 'SIZO No. 1, Almaty',
  });
  v.call('charges.create', { episodeId: episode.id, code: 'Criminal Code of Kazakhstan', article: '274', text: 'dissemination of false information' });
  v.call('courtEvents.create', { episodeId: episode.id, date: '2025-03-14', kind: 'pre_trial_hearing', court: 'Almaly District Court' });
  v.call('courtEvents.create', { episodeId: episode.id, date: '2025-06-20', kind: 'appeal', court: 'Almaty City Court', outcome: 'Appeal dismissed' });
  v.call('advocacy.create', {
    caseId,
    type: 'wgad_petition',
    date: '2025-12-10',
    wgad: { categories: ['II', 'III'], categoryFacts: { II: 'Detained for his journalism on corruption.', III: 'Denied a lawyer of his choice for 40 days.' } },
  });
  return caseId;
}

describe('the WGAD communication', () => {
  it('fills the questionnaire from a rich case, in DOCX and PDF alike', async () => {
    v = createTestVault();
    v.setToday('2026-01-15');
    const caseId = richCase();
    const docx = await v.callAsync('documents.advocacyPack', { caseId, kind: 'wgad_communication', language: 'en', format: 'docx' });
    expect(docx.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.fileName).toMatch(/^wgad-communication-.*-en\.docx$/);
    const pdf = await v.callAsync('documents.advocacyPack', { caseId, kind: 'wgad_communication', language: 'en', format: 'pdf' });
    const texts = { docx: squeeze(docxText(docx.data)), pdf: squeeze((await readPdf(Buffer.from(pdf.data, 'base64'))).text) };
    for (const text of Object.values(texts)) {
      expect(text).toContain('I. Identity');
      expect(text).toContain('Sadykov Marat');
      expect(text).toContain('17 May 1984');
      expect(text).toContain('12 March 2025');
      expect(text).toContain('National Security Committee (KNB)');
      expect(text).toContain('Warrant of the Almaty city prosecutor');
      expect(text).toContain('Criminal Code of Kazakhstan, art. 274');
      expect(text).toContain('Almaly District Court');
      expect(text).toContain('Risk of flight alleged by the investigator');
      expect(text).toContain('Category II');
      expect(text).toContain('Detained for his journalism on corruption.');
      expect(text).toContain('Denied a lawyer of his choice for 40 days.');
      expect(text).toContain('Appeal, 20 June 2025');
      expect(text).toContain('Almaty City Court. Result: Appeal dismissed');
      expect(text).toContain('Aigerim Sadykova (sister)');
      expect(text).toContain('consent to this communication and to public advocacy');
      // What no case holds stays to complete.
      expect(text).toContain('[to complete: identity document and its number]');
      expect(text).toContain('[to complete: address of usual residence]');
    }
    // The DOCX keeps the questionnaire's "label: value" rows; the PDF sets them in two columns.
    expect(texts.docx).toContain('Date of arrest: 12 March 2025');
    expect(docx.missing).toEqual(['person.identityDocument', 'person.address']);
    const audit = auditFor(v, caseId).filter((a) => a.action === 'document.export');
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[0]?.changes ?? '{}')).toEqual({ document: 'wgad_communication', language: 'en', format: 'docx', missing: 2 });
    expect(audit.map((a) => a.changes).join()).not.toContain('Sadykov');
  });

  it('lists what a sparse case lacks, withholds a source that asked, and speaks Russian', async () => {
    v = createTestVault();
    const referral = v.call('referrals.create', { receivedOn: '2025-12-01', channel: 'lawyer', countryCode: 'KZ', sourceWithheld: true, sourceDescription: 'Defence lawyer B.', person: { name: 'Кабиров Ержан' } });
    const { caseId } = v.call('referrals.decide', { id: referral.id, decision: 'accepted' });
    if (caseId === null) throw new Error('no case');
    const checklist = v.call('documents.advocacyChecklist', { caseId, kind: 'wgad_communication' });
    expect(checklist.missing).toEqual(expect.arrayContaining(['person.sex', 'arrest.date', 'charges', 'categories', 'remedies', 'consent']));
    expect(checklist.missing).not.toContain('source');
    const docx = await v.callAsync('documents.advocacyPack', { caseId, kind: 'wgad_communication', language: 'ru', format: 'docx' });
    const pdf = await v.callAsync('documents.advocacyPack', { caseId, kind: 'wgad_communication', language: 'ru', format: 'pdf' });
    expect(docx.missing).toEqual(checklist.missing);
    for (const text of [squeeze(docxText(docx.data)), squeeze((await readPdf(Buffer.from(pdf.data, 'base64'))).text)]) {
      expect(text).toContain('Сообщение в Рабочую группу по произвольным задержаниям');
      expect(text).toContain('Заполнить до отправки');
      expect(text).toContain('[ ] дата ареста');
      expect(text).toMatch(/Дата ареста:? \[заполнить: дата ареста\]/);
      expect(text).toContain('Кабиров Ержан');
      expect(text).toContain('Источник просил не раскрывать его личность.');
      expect(text).not.toContain('Defence lawyer B.');
    }
  });
});

describe('the follow-up letter and the urgent appeal', () => {
  it('makes both and records each as the advocacy action it starts', async () => {
    v = createTestVault();
    const caseId = richCase();
    const letter = await v.callAsync('documents.advocacyPack', { caseId, kind: 'follow_up_letter', language: 'en', format: 'docx' });
    const letterText = squeeze(docxText(letter.data));
    expect(letterText).toContain('The Government of Kazakhstan');
    expect(letterText).toContain('SIZO No. 1, Almaty');
    expect(letter.missing).toEqual([]);
    const appeal = await v.callAsync('documents.advocacyPack', { caseId, kind: 'urgent_appeal', language: 'en', format: 'pdf' });
    expect(appeal.missing).toEqual(['risks']);
    expect(squeeze((await readPdf(Buffer.from(appeal.data, 'base64'))).text)).toContain('[to complete: the risk to the person (health, ill-treatment)]');

    const submitted = v.call('documents.recordSubmission', { caseId, kind: 'wgad_communication', date: '2026-01-20' });
    // The planned petition holding the categories is the one submitted, not a second one.
    expect(submitted).toMatchObject({ type: 'wgad_petition', status: 'submitted', wgad: { submittedOn: '2026-01-20', categories: ['II', 'III'] } });
    const sent = v.call('documents.recordSubmission', { caseId, kind: 'follow_up_letter', date: '2026-01-21' });
    expect(sent).toMatchObject({ type: 'letter_to_government', status: 'submitted', target: 'Government of Kazakhstan', wgad: null });
    const urgent = v.call('documents.recordSubmission', { caseId, kind: 'urgent_appeal', date: '2026-01-22' });
    expect(urgent).toMatchObject({ type: 'wgad_urgent_appeal', wgad: { submittedOn: '2026-01-22' } });
    expect(v.call('advocacy.list', { caseId }).map((a) => a.type)).toEqual(['wgad_petition', 'letter_to_government', 'wgad_urgent_appeal']);
  });

  it('is not for staff', async () => {
    v = createTestVault();
    const { caseId } = openCase(v);
    v.signInAs('staff');
    const r = await v.resultAsync('documents.advocacyPack', { caseId, kind: 'wgad_communication', language: 'en', format: 'pdf' });
    expect(r.ok ? null : r.error.code).toBe('FORBIDDEN');
  });
});

describe('document templates', () => {
  it('uses an administrator\'s override, refuses a malformed one, and resets to the default', async () => {
    v = createTestVault();
    const { caseId } = openCase(v);
    const key = { kind: 'follow_up_letter', language: 'en' } as const;
    const original = v.call('templates.get', key);
    expect(original).toMatchObject({ overridden: false });
    expect(original.text).toBe(original.defaultText);
    expect(original.placeholders).toContain('person.name');

    v.call('templates.save', { ...key, text: '# Our own letter\n\n* Detainee: {{person.name}}\n' });
    const file = `${v.vaultDir}/templates/follow-up-letter.en.md`;
    expect(readFileSync(file, 'utf8')).toContain('Our own letter');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const letter = await v.callAsync('documents.advocacyPack', { caseId, ...key, format: 'docx' });
    expect(docxText(letter.data)).toContain('Detainee: Кабиров Ержан');
    expect(docxText(letter.data)).not.toContain('Excellency');

    const refused = v.result('templates.save', { ...key, text: '# Broken {{#person}} never closed' });
    expect(refused.ok ? null : (refused.error.details as { reason?: string } | undefined)?.reason).toBe('template_malformed');
    expect(readFileSync(file, 'utf8')).toContain('Our own letter');
    expect(v.call('templates.list', {}).find((t) => t.kind === 'follow_up_letter' && t.language === 'en')?.overridden).toBe(true);

    expect(v.call('templates.reset', key).overridden).toBe(false);
    const again = await v.callAsync('documents.advocacyPack', { caseId, ...key, format: 'docx' });
    expect(docxText(again.data)).toContain('Excellency');
    const actions = v.sqlite.prepare("SELECT action FROM audit_entries WHERE action LIKE 'template.%' ORDER BY seq").all() as { action: string }[];
    expect(actions.map((a) => a.action)).toEqual(['template.save', 'template.reset']);
  });

  it('is for administrators only', () => {
    v = createTestVault();
    v.signInAs('supervisor');
    const r = v.result('templates.list', {});
    expect(r.ok ? null : r.error.code).toBe('FORBIDDEN');
  });
});
