// The case dossier read back as its reader sees it (pdftotext): every section of a case with 200
// timeline entries, page furniture in English and Russian, and what is left out unless chosen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { auditFor, failure } from '../../support/fixtures';
import { createTestVault, type TestVault } from '../../support/test-vault';
import { DOSSIER_CASE as C, seedDossierCase, type SeededDossierCase } from './support/dossier-case';
import { readPdf, type PdfReading } from './support/pdf-text';

let v: TestVault;
let seeded: SeededDossierCase;

beforeAll(() => {
  v = createTestVault({ today: '2026-12-04' });
  v.signInAs('caseworker');
  seeded = seedDossierCase(v, 200);
});
afterAll(() => v?.close());

async function dossier(language: 'en' | 'ru', include: { confidentialFields?: boolean; contacts?: boolean } = {}): Promise<PdfReading & { pages: number; fileName: string }> {
  const file = v.call('documents.dossier', { caseId: seeded.caseId, language, include });
  expect(file.mediaType).toBe('application/pdf');
  const reading = await readPdf(Buffer.from(file.data, 'base64'));
  expect(reading.info['Pages']).toBe(String(file.pages));
  return { ...reading, pages: file.pages, fileName: file.fileName };
}

/** The text with every run of spaces and line breaks as one space, for sentences a line may wrap. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');
const pagesOf = (text: string): string[] => text.split('\f').filter((p) => p.trim() !== '');
const dossierAudits = () => auditFor(v, seeded.caseId).filter((a) => a.action === 'dossier.export');

describe('documents.dossier', () => {
  it('prints every section of the case in English, each page marked, numbered and dated', async () => {
    expect(v.call('timeline.forCase', { caseId: seeded.caseId })).toHaveLength(200);
    const { text, info, pages, fileName } = await dossier('en');
    // Every case has its reference from the start: the file is named after it.
    const { reference } = v.sqlite.prepare('SELECT reference FROM cases WHERE id = ?').get(seeded.caseId) as { reference: string };
    expect(reference).toMatch(/^KZ-\d{4}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(fileName).toBe(`dossier-${reference}-2026-12-04.pdf`);
    for (const section of ['Case dossier', 'Person', 'Contacts', 'Detention history', 'Charges', 'Court events', 'Sentences', 'Advocacy', 'UN Working Group on Arbitrary Detention', 'Timeline', 'Attachments']) {
      expect(text).toContain(section);
    }
    expect(text).toContain(C.name);
    expect(text).toContain(C.variant);
    expect(text).toContain('Journalist');
    expect(text).toContain('Kazakhstan');
    expect(text).toMatch(/Arrested\s+March 2021/);
    expect(text).toMatch(/Arresting authority\s+KNB/);
    expect(text).toMatch(/Arrest warrant shown\s+No/);
    expect(text).toContain('Posts on social media');
    expect(text).toMatch(/УК РК\s+174\s+Inciting social discord/);
    expect(text).toMatch(/УК РК\s+405\s+Participation in a banned organisation/);
    expect(text).toContain(C.court);
    // The appeal's term: start 10 March 2021 plus 5 years, in force; the first sentence superseded.
    expect(text).toMatch(/10 March 2026\s+In force/);
    expect(text).toMatch(/10 March 2028\s+Superseded/);
    expect(text).toContain('Ministry of Justice');
    expect(text).toMatch(/Opinion number\s+Opinion No\. 12\/2024/);
    expect(text).toContain('I — no legal basis; II — exercise of protected rights');
    expect(text).toMatch(/Outcome\s+Arbitrary/);
    expect(text).toContain('Charged: УК РК art. 174');
    expect(text).toContain(C.openNote);
    expect(text).toContain('Prison visit 1 — Seen by the lawyer; health stable');
    expect(text).toMatch(/Prison visit 18\d —/);
    expect(text).toMatch(new RegExp(`${C.attachment}\\s+47\\.1 KB\\s+${C.sha256}\\s+1 July 2022`));

    expect(pages).toBeGreaterThan(3);
    const pageTexts = pagesOf(text);
    expect(pageTexts).toHaveLength(pages);
    pageTexts.forEach((page, i) => {
      expect(page).toContain('CONFIDENTIAL');
      expect(page).toContain(`Page ${i + 1} of ${pages}`);
      expect(page).toContain('Generated 4 December 2026');
    });
    expect(info['Title']).toBe('Case dossier');
    expect(info['Author']).toBeUndefined();
    expect(info['Creator']).toBeUndefined();
  });

  it('leaves confidential fields and contacts out by default, saying so, and audits the choice', async () => {
    const { text } = await dossier('en');
    expect(text).not.toContain(C.personNote);
    expect(text).not.toContain(C.contactName);
    expect(text).not.toContain(C.contactReach);
    expect(text).not.toContain(C.confidentialNote);
    expect(flat(text)).toContain('Confidential fields (person notes, confidential case events, the referral source) are left out of this dossier.');
    expect(flat(text)).toContain('Contacts (relatives, lawyers) are left out of this dossier.');
    expect(text).toContain('1 confidential entry is left out.');
    const last = dossierAudits().at(-1);
    expect(last?.table_name).toBe('cases');
    expect(JSON.parse(last?.changes ?? '{}')).toMatchObject({ language: 'en', confidentialFields: false, contacts: false });
  });

  it('includes them when chosen, and the audit entry says so without any of the content', async () => {
    const before = dossierAudits().length;
    const { text } = await dossier('en', { confidentialFields: true, contacts: true });
    expect(text).toMatch(new RegExp(`Notes\\s+${C.personNote}`));
    expect(text).toContain(C.contactName);
    expect(text).toContain(C.contactReach);
    expect(text).toContain(C.confidentialNote);
    expect(text).not.toContain('are left out of this dossier');
    const audits = dossierAudits();
    expect(audits).toHaveLength(before + 1);
    const changes = audits.at(-1)?.changes ?? '';
    expect(JSON.parse(changes)).toMatchObject({ confidentialFields: true, contacts: true });
    for (const secret of [C.name, C.personNote, C.contactName, C.confidentialNote]) expect(changes).not.toContain(secret);
  });

  it('writes the whole dossier in Russian, Cyrillic read back as written', async () => {
    const { text, pages } = await dossier('ru');
    for (const section of ['Досье дела', 'Лицо', 'История задержаний', 'Обвинения', 'Судебные события', 'Приговоры', 'Правозащитные действия', 'Рабочая группа ООН по произвольным задержаниям', 'Хронология', 'Вложения']) {
      expect(text).toContain(section);
    }
    expect(text).toContain(C.name);
    expect(text).toMatch(/Задержан\s+март 2021/);
    expect(text).toMatch(/Вид содержания\s+Досудебное содержание/);
    expect(text).toMatch(/УК РК\s+174/);
    expect(text).toContain('Обвинение: УК РК, ст. 174');
    expect(text).toMatch(/10 марта 2026\s+Действует/);
    expect(text).toContain('Приговор изменён (снижен в апелляции): 5 лет');
    expect(text).toContain('РГПЗ: передана правительству');
    expect(text).toContain('Произвольное');
    expect(flat(text)).toContain('Конфиденциальные сведения (заметки о лице, конфиденциальные события дела, источник обращения) в досье не включены.');
    expect(flat(text)).toContain('Контакты (родственники, адвокаты) в досье не включены.');
    expect(text).not.toContain(C.personNote);
    const pageTexts = pagesOf(text);
    expect(pageTexts).toHaveLength(pages);
    pageTexts.forEach((page, i) => {
      expect(page).toContain('КОНФИДЕНЦИАЛЬНО');
      expect(page).toContain(`Страница ${i + 1} из ${pages}`);
      expect(page).toContain('Составлено 4 декабря 2026');
    });
  });

  it('shows the case reference in the footer and the file name once the case has one', async () => {
    v.sqlite.prepare("UPDATE cases SET reference = 'KZ-2026-7K3MQ' WHERE id = ?").run(seeded.caseId);
    try {
      const { text, fileName } = await dossier('en');
      expect(fileName).toBe('dossier-KZ-2026-7K3MQ-2026-12-04.pdf');
      expect(text).toMatch(/Reference\s+KZ-2026-7K3MQ/);
      for (const page of pagesOf(text)) expect(page).toContain('Generated 4 December 2026 · Case KZ-2026-7K3MQ');
    } finally {
      v.sqlite.prepare('UPDATE cases SET reference = NULL WHERE id = ?').run(seeded.caseId);
    }
  });

  it('refuses staff the confidential inclusions, and withholds a confidential person from them', async () => {
    v.call('people.update', { id: seeded.personId, confidentiality: 'confidential' });
    v.signInAs('staff');
    try {
      for (const include of [{ contacts: true }, { confidentialFields: true }]) {
        const refused = failure(() => v.call('documents.dossier', { caseId: seeded.caseId, language: 'en', include }));
        expect(refused.code).toBe('FORBIDDEN');
        expect(refused.details).toMatchObject({ reason: 'dossier_inclusion_not_allowed' });
      }
      const { text } = await dossier('en');
      expect(text).not.toContain(C.name);
      expect(text).not.toContain(C.variant);
      expect(text).toMatch(/Name\s+Confidential \(/);
      expect(text).toContain('Contacts are not part of a dossier made by staff.');
      expect(text).not.toContain(C.confidentialNote);
      expect(text).toMatch(/УК РК\s+174/);
    } finally {
      v.signInAs('caseworker');
      v.call('people.update', { id: seeded.personId, confidentiality: 'normal' });
    }
  });
});
