// A hand-built vault for the per-country report, made through the same service calls the app
// makes. Dates are chosen to land inside, outside or astride the report period Q2 2025
// (2025-04-01..2025-06-30) and its previous period Q1 2025; test/db/features/reports/reports.test.ts
// states every expected figure, counted by hand from the table below.
//
// KZ  Aidos    journalist+blogger  ref 2025-04-10 family, accepted 2025-04-20
//              arrest 2025-04-05 pre_trial "SIZO-1 Almaty", held; charges UK RK 174, UK RK 274;
//              sentences 7 y (2025-05-20), appeal-reduced to 5 y 6 m (2025-06-25);
//              WGAD petition dated/submitted 2025-04-15, opinion 2025-06-10 arbitrary I, II;
//              tasks due 2025-06-01 (open) and 2025-06-30 (open)
// KZ  Bota     confidential, human_rights_defender  ref 2025-02-14 lawyer, accepted 2025-03-01
//              arrest 2025-01 prison_colony "Colony 12", held; charge UK RK 174; life 2025-03-20;
//              letter_to_government 2025-05-05, media 2025-02-01
// KZ  Chingiz  civic_activist  ref 2025-05-02 partner_organisation, accepted 2025-05-03
//              arrest 2025 (year only) administrative "IVS Astana", released 2025-06-15 amnesty;
//              charge UK RK 405; fine handed down 2025-06
// KZ  Dina     student  ref 2025-06-20 media, declined 2025-06-25
// KZ  Erlan    no profession  ref 2025-03-30 family, referred elsewhere 2025-04-02
// UZ  Farrukh  religious_believer  ref 2025-04-01 detainee, accepted 2025-04-01
//              arrest 2024-11 house_arrest (no facility), released 2025-06 pardon; charge UK RUz 216;
//              sentence 3 y handed down 2025 (year only); WGAD petition dated/submitted 2025-01-10,
//              opinion 2025-04-30 not arbitrary; task due 2025-03-01 done 2025-05-10
// UZ  Gulnara  confidential, journalist  ref 2025-05-15 family, accepted 2025-05-16
//              arrest 2025-05-14 incommunicado "Jaslyk", held; charges UK RUz 159, UK RUz 244.1;
//              sentence 8 y 2025-06-20; public_statement 2025-06-01
// UZ  Hana     no profession  ref 2025-06-30 other, still new
import type { Input } from '../../../../db/api';
import type { TestVault } from '../../support/test-vault';

export const PERIOD = { from: '2025-04-01', to: '2025-06-30' } as const;
export const PREVIOUS = { from: '2025-01-01', to: '2025-03-31' } as const;
/** After every date in the fixture, so no date is refused as being in the future. */
export const FIXTURE_TODAY = '2025-07-15';

type PersonInput = NonNullable<Input<'referrals.create'>['person']>;

interface Opened {
  caseId: string;
  episodeId: string | null;
}

function referral(v: TestVault, person: PersonInput, fields: Omit<Input<'referrals.create'>, 'person'>): string {
  return v.call('referrals.create', { ...fields, person }).id;
}

function accept(v: TestVault, id: string, decidedOn: string): string {
  const decided = v.call('referrals.decide', { id, decision: 'accepted', decidedOn });
  if (decided.caseId === null) throw new Error('acceptance opened no case');
  return decided.caseId;
}

function episode(v: TestVault, caseId: string, fields: Omit<Input<'episodes.create'>, 'caseId'>): Opened {
  return { caseId, episodeId: v.call('episodes.create', { caseId, ...fields }).id };
}

function charges(v: TestVault, episodeId: string, code: string, articles: string[]): void {
  for (const article of articles) v.call('charges.create', { episodeId, code, article });
}

/** Builds the fixture as a caseworker; leaves the clock at FIXTURE_TODAY. */
export function buildReportFixture(v: TestVault): void {
  v.setToday(FIXTURE_TODAY);
  v.signInAs('caseworker');

  // ---- Kazakhstan ----
  const aidosRef = referral(v, { name: 'Aidos Sadykov', professions: ['journalist', 'blogger'] }, {
    receivedOn: '2025-04-10', channel: 'family', countryCode: 'KZ',
  });
  const aidos = episode(v, accept(v, aidosRef, '2025-04-20'), {
    arrestDate: '2025-04-05', detentionType: 'pre_trial', facility: 'SIZO-1 Almaty',
  });
  const aidosEpisode = aidos.episodeId ?? '';
  charges(v, aidosEpisode, 'UK RK', ['174', '274']);
  const first = v.call('sentences.create', { episodeId: aidosEpisode, type: 'imprisonment', years: 7, handedDownOn: '2025-05-20', startDate: '2025-04-05' });
  v.call('sentences.create', {
    episodeId: aidosEpisode, type: 'imprisonment', years: 5, months: 6, handedDownOn: '2025-06-25', supersedesId: first.id, change: 'appeal_reduced',
  });
  v.call('advocacy.create', {
    caseId: aidos.caseId, type: 'wgad_petition', date: '2025-04-15', status: 'done',
    wgad: { submittedOn: '2025-04-15', opinionAdoptedOn: '2025-06-10', outcome: 'arbitrary', categories: ['II', 'I'] },
  });
  v.call('tasks.create', { title: 'Ask for the verdict text', dueOn: '2025-06-01', caseId: aidos.caseId });
  v.call('tasks.create', { title: 'Prepare the follow-up', dueOn: '2025-06-30', caseId: aidos.caseId });

  const botaRef = referral(v, { name: 'Bota Zhaksylykova', professions: ['human_rights_defender'], confidentiality: 'confidential' }, {
    receivedOn: '2025-02-14', channel: 'lawyer', countryCode: 'KZ',
  });
  const bota = episode(v, accept(v, botaRef, '2025-03-01'), { arrestDate: '2025-01', detentionType: 'prison_colony', facility: 'Colony 12' });
  charges(v, bota.episodeId ?? '', 'UK RK', ['174']);
  v.call('sentences.create', { episodeId: bota.episodeId ?? '', type: 'imprisonment', life: true, handedDownOn: '2025-03-20' });
  v.call('advocacy.create', { caseId: bota.caseId, type: 'letter_to_government', date: '2025-05-05' });
  v.call('advocacy.create', { caseId: bota.caseId, type: 'media', date: '2025-02-01' });

  const chingizRef = referral(v, { name: 'Chingiz Omarov', professions: ['civic_activist'] }, {
    receivedOn: '2025-05-02', channel: 'partner_organisation', countryCode: 'KZ',
  });
  const chingiz = episode(v, accept(v, chingizRef, '2025-05-03'), {
    arrestDate: '2025', detentionType: 'administrative', facility: 'IVS Astana', releaseDate: '2025-06-15', releaseReason: 'amnesty',
  });
  charges(v, chingiz.episodeId ?? '', 'UK RK', ['405']);
  v.call('sentences.create', { episodeId: chingiz.episodeId ?? '', type: 'fine', handedDownOn: '2025-06' });

  const dinaRef = referral(v, { name: 'Dina Karimova', professions: ['student'] }, { receivedOn: '2025-06-20', channel: 'media', countryCode: 'KZ' });
  v.call('referrals.decide', { id: dinaRef, decision: 'declined', decidedOn: '2025-06-25', reason: 'Outside our mandate' });

  const erlanRef = referral(v, { name: 'Erlan Bekov' }, { receivedOn: '2025-03-30', channel: 'family', countryCode: 'KZ' });
  v.call('referrals.decide', { id: erlanRef, decision: 'referred_elsewhere', decidedOn: '2025-04-02', reason: 'A partner takes labour cases' });

  // ---- Uzbekistan ----
  const farrukhRef = referral(v, { name: 'Farrukh Tashkentov', professions: ['religious_believer'] }, {
    receivedOn: '2025-04-01', channel: 'detainee', countryCode: 'UZ',
  });
  const farrukh = episode(v, accept(v, farrukhRef, '2025-04-01'), {
    arrestDate: '2024-11', detentionType: 'house_arrest', releaseDate: '2025-06', releaseReason: 'pardon',
  });
  charges(v, farrukh.episodeId ?? '', 'UK RUz', ['216']);
  v.call('sentences.create', { episodeId: farrukh.episodeId ?? '', type: 'imprisonment', years: 3, handedDownOn: '2025' });
  v.call('advocacy.create', {
    caseId: farrukh.caseId, type: 'wgad_petition', date: '2025-01-10', status: 'done',
    wgad: { submittedOn: '2025-01-10', opinionAdoptedOn: '2025-04-30', outcome: 'not_arbitrary' },
  });
  const task = v.call('tasks.create', { title: 'Send the petition', dueOn: '2025-03-01', caseId: farrukh.caseId });
  v.setToday('2025-05-10');
  v.call('tasks.complete', { id: task.id });
  v.setToday(FIXTURE_TODAY);

  const gulnaraRef = referral(v, { name: 'Gulnara Yusupova', professions: ['journalist'], confidentiality: 'confidential' }, {
    receivedOn: '2025-05-15', channel: 'family', countryCode: 'UZ',
  });
  const gulnara = episode(v, accept(v, gulnaraRef, '2025-05-16'), { arrestDate: '2025-05-14', detentionType: 'incommunicado', facility: 'Jaslyk' });
  charges(v, gulnara.episodeId ?? '', 'UK RUz', ['159', '244.1']);
  v.call('sentences.create', { episodeId: gulnara.episodeId ?? '', type: 'imprisonment', years: 8, handedDownOn: '2025-06-20' });
  v.call('advocacy.create', { caseId: gulnara.caseId, type: 'public_statement', date: '2025-06-01' });

  referral(v, { name: 'Hana Rashidova' }, { receivedOn: '2025-06-30', channel: 'other', countryCode: 'UZ' });
}
