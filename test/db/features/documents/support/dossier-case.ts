// A case with everything a dossier prints: two detention episodes with charges and court events,
// a sentence changed on appeal, advocacy, a WGAD petition with an opinion, contacts, a confidential
// note and person notes, an attachment, and enough case events for 200 timeline entries in all.
import type Database from 'better-sqlite3';

import type { Input, MethodName, Output } from '../../../../../db/api';

export const DOSSIER_CASE = {
  name: 'Ержан Кабиров',
  variant: 'Yerzhan Kabirov',
  personNote: 'Family fears reprisals if named',
  contactName: 'Айгуль Кабирова',
  contactReach: '+7 701 555 0101',
  confidentialNote: 'Source inside the colony reports beatings',
  openNote: 'Lawyer visited the colony',
  article: '174',
  secondArticle: '405',
  court: 'Almaty City Court',
  opinion: 'Opinion No. 12/2024',
  attachment: 'verdict-2021.pdf',
  sha256: 'a'.repeat(64),
} as const;

export interface SeededDossierCase {
  caseId: string;
  personId: string;
}

/** Where the case is seeded: a test vault, or the benchmark's (which gives no raw handle). */
export interface DossierSeedTarget {
  call<M extends MethodName>(method: M, input: Input<M>): Output<M>;
  /** For the columns no service writes yet (an episode's warrant, an attachment's record). */
  sqlite?: Database.Database;
}

/** Seeds the case as the signed-in user (an editor); the timeline then holds exactly `entries` entries. */
export function seedDossierCase(v: DossierSeedTarget, entries = 200): SeededDossierCase {
  const referral = v.call('referrals.create', { receivedOn: '2021-03-20', channel: 'family', countryCode: 'KZ', consent: 'none', person: { name: DOSSIER_CASE.name } });
  const { caseId } = v.call('referrals.decide', { id: referral.id, decision: 'accepted' });
  if (caseId === null) throw new Error('acceptance opened no case');
  const personId = referral.personId;
  v.call('people.update', { id: personId, nameVariants: [{ name: DOSSIER_CASE.variant }], citizenship: 'KZ', professions: ['journalist', 'blogger'], birthDate: '1984-05', notes: DOSSIER_CASE.personNote });
  v.call('contacts.create', { personId, name: DOSSIER_CASE.contactName, relation: 'Sister', reach: DOSSIER_CASE.contactReach });
  const first = v.call('episodes.create', { caseId, arrestDate: '2021-03', detentionType: 'pre_trial', place: 'Almaty', authority: 'KNB', facility: 'SIZO-1 Almaty' });
  v.sqlite?.prepare("UPDATE detention_episodes SET arrest_warrant = 'no', detention_grounds = 'Posts on social media' WHERE id = ?").run(first.id);
  v.call('charges.create', { episodeId: first.id, code: 'УК РК', article: DOSSIER_CASE.article, text: 'Inciting social discord', category: 'anti_state_extremism' });
  v.call('charges.create', { episodeId: first.id, code: 'УК РК', article: DOSSIER_CASE.secondArticle, text: 'Participation in a banned organisation' });
  const verdict = v.call('courtEvents.create', { episodeId: first.id, date: '2021-09-15', kind: 'verdict', court: DOSSIER_CASE.court, outcome: 'Found guilty' });
  const sentence = v.call('sentences.create', { episodeId: first.id, courtEventId: verdict.id, type: 'imprisonment', years: 7, startDate: '2021-03-10', handedDownOn: '2021-09-15' });
  v.call('sentences.create', { episodeId: first.id, type: 'imprisonment', years: 5, supersedesId: sentence.id, change: 'appeal_reduced', handedDownOn: '2022-01-20' });
  v.call('courtEvents.create', { episodeId: first.id, date: '2022-01-20', kind: 'appeal', court: 'Almaty Regional Court', outcome: 'Term reduced' });
  v.call('advocacy.create', { caseId, type: 'letter_to_government', date: '2022-02-01', target: 'Ministry of Justice', status: 'done', outcome: 'No reply' });
  v.call('advocacy.create', {
    caseId,
    type: 'wgad_petition',
    date: '2022-03-01',
    status: 'done',
    wgad: { submittedOn: '2022-03-01', transmittedOn: '2022-04-01', opinionAdoptedOn: '2024-05-10', session: '99th session', opinionNumber: '12/2024', categories: ['I', 'II'], outcome: 'arbitrary' },
  });
  v.call('caseEvents.create', { caseId, kind: 'note', date: '2022-06-01', title: DOSSIER_CASE.confidentialNote, confidential: true });
  v.call('caseEvents.create', { caseId, kind: 'visit', date: '2022-06-02', title: DOSSIER_CASE.openNote });
  v.sqlite
    ?.prepare(
      `INSERT INTO attachments (id, created_at, updated_at, case_id, subject_kind, file_name, media_type, size, sha256, confidential, state)
       VALUES ('0190a5b2-7c3d-7e4f-8a1b-000000000001', '2022-07-01T10:00:00.000Z', '2022-07-01T10:00:00.000Z', ?, 'case', ?, 'application/pdf', 48213, ?, 0, 'stored')`,
    )
    .run(caseId, DOSSIER_CASE.attachment, DOSSIER_CASE.sha256);
  // Visits fill the timeline up to the number asked for, one a day from 2023 on.
  let count = v.call('timeline.forCase', { caseId }).length;
  for (let day = 0; count < entries; day += 1, count += 1) {
    const date = new Date(Date.UTC(2023, 0, 1 + day)).toISOString().slice(0, 10);
    v.call('caseEvents.create', { caseId, kind: 'visit', date, title: `Prison visit ${day + 1}`, body: 'Seen by the lawyer; health stable' });
  }
  return { caseId, personId };
}
