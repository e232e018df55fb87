// The per-country report against the hand-built fixture (report-fixture.ts): every figure of both
// countries, both periods, the uncertain counts, hidden confidential names, the CSV, the audit
// entries of exports and who may ask. Each expected number says why it is what it is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { CountryReport, ReportGroupName } from '../../../../db/api';
import { createTestVault, failure, type TestVault } from '../../support/test-vault';
import { buildReportFixture, PERIOD, PREVIOUS } from './report-fixture';

type Row = [current: number | null, previous: number | null, change: number | null];

let v: TestVault;
let report: CountryReport;

/** A group's figures that are not zero in either period, as key → [current, previous, change]. */
function nonZero(r: CountryReport, country: string, group: ReportGroupName): Record<string, Row> {
  const found = r.sections.find((s) => s.countryCode === country)?.groups.find((g) => g.group === group);
  if (!found) throw new Error(`no ${group} for ${country}`);
  const out: Record<string, Row> = {};
  for (const f of found.figures) if (f.current !== 0 || f.previous !== 0) out[f.key] = [f.current, f.previous, f.change];
  return out;
}

/** Records left out for a date too coarse, [current, previous]; the fixture has no record without a date. */
function uncertain(r: CountryReport, country: string, group: ReportGroupName): [number, number] {
  const found = r.sections.find((s) => s.countryCode === country)?.groups.find((g) => g.group === group);
  expect([found?.leftOut.current.no_date, found?.leftOut.previous.no_date]).toEqual([0, 0]);
  return [found?.leftOut.current.coarse_date ?? -1, found?.leftOut.previous.coarse_date ?? -1];
}

beforeAll(() => {
  v = createTestVault();
  buildReportFixture(v);
  v.signInAs('staff');
  report = v.call('reports.country', PERIOD);
});
afterAll(() => v.close());

describe('reports.country on the fixture', () => {
  it('has one section per country with data, Q1 as the previous period', () => {
    expect(report.sections.map((s) => [s.countryCode, s.countryName])).toEqual([['KZ', 'Kazakhstan'], ['UZ', 'Uzbekistan']]);
    expect(report.previousPeriod).toEqual(PREVIOUS);
    expect(report.sections[0]?.groups).toHaveLength(13);
  });

  it('counts referrals received by channel and by profession, and decided', () => {
    // KZ now: Aidos (family), Chingiz (partner), Dina (media); before: Bota (lawyer), Erlan (family).
    expect(nonZero(report, 'KZ', 'referrals_by_channel')).toEqual({
      total: [3, 2, 1], family: [1, 1, 0], lawyer: [0, 1, -1], partner_organisation: [1, 0, 1], media: [1, 0, 1],
    });
    // Aidos counts under both his professions; Erlan has none.
    expect(nonZero(report, 'KZ', 'referrals_by_profession')).toEqual({
      journalist: [1, 0, 1], blogger: [1, 0, 1], civic_activist: [1, 0, 1], student: [1, 0, 1],
      human_rights_defender: [0, 1, -1], '(none)': [0, 1, -1],
    });
    // Erlan arrived in Q1 but was referred elsewhere in Q2: decisions count by their own date.
    expect(nonZero(report, 'KZ', 'referrals_decided')).toEqual({
      total: [4, 1, 3], accepted: [2, 1, 1], declined: [1, 0, 1], referred_elsewhere: [1, 0, 1],
    });
    // UZ: Farrukh (detainee, 1 April: the first day counts), Gulnara (family), Hana (other, 30 June, undecided).
    expect(nonZero(report, 'UZ', 'referrals_by_channel')).toEqual({ total: [3, 0, 3], detainee: [1, 0, 1], family: [1, 0, 1], other: [1, 0, 1] });
    expect(nonZero(report, 'UZ', 'referrals_by_profession')).toEqual({ religious_believer: [1, 0, 1], journalist: [1, 0, 1], '(none)': [1, 0, 1] });
    expect(nonZero(report, 'UZ', 'referrals_decided')).toEqual({ total: [2, 0, 2], accepted: [2, 0, 2] });
    expect(uncertain(report, 'KZ', 'referrals_by_channel')).toEqual([0, 0]);
  });

  it('counts people detained at the end of each period by type and facility', () => {
    // 30 June: Aidos and Bota held; Chingiz released 15 June. 31 March: Bota held (arrested January);
    // Aidos not yet arrested; Chingiz, arrested "2025", may or may not have been: uncertain.
    expect(nonZero(report, 'KZ', 'detained_by_type')).toEqual({ total: [2, 1, 1], pre_trial: [1, 0, 1], prison_colony: [1, 1, 0] });
    expect(uncertain(report, 'KZ', 'detained_by_type')).toEqual([0, 1]);
    expect(nonZero(report, 'KZ', 'detained_by_facility')).toEqual({ 'Colony 12': [1, 1, 0], 'SIZO-1 Almaty': [1, 0, 1] });
    expect(uncertain(report, 'KZ', 'detained_by_facility')).toEqual([0, 1]);
    // UZ 30 June: Gulnara; Farrukh released "June 2025", certainly by its end. 31 March: Farrukh (no facility).
    expect(nonZero(report, 'UZ', 'detained_by_type')).toEqual({ total: [1, 1, 0], house_arrest: [0, 1, -1], incommunicado: [1, 0, 1] });
    expect(nonZero(report, 'UZ', 'detained_by_facility')).toEqual({ '(unknown)': [0, 1, -1], Jaslyk: [1, 0, 1] });
    expect(uncertain(report, 'UZ', 'detained_by_type')).toEqual([0, 0]);
  });

  it('counts arrests and releases in the period', () => {
    // KZ: Aidos arrested 5 April (Q2), Bota "January 2025" (Q1); Chingiz "2025" fits neither for sure.
    expect(nonZero(report, 'KZ', 'arrests')).toEqual({ total: [1, 1, 0], pre_trial: [1, 0, 1], prison_colony: [0, 1, -1] });
    expect(uncertain(report, 'KZ', 'arrests')).toEqual([1, 1]);
    expect(nonZero(report, 'KZ', 'releases_by_reason')).toEqual({ total: [1, 0, 1], amnesty: [1, 0, 1] });
    // UZ: Gulnara arrested 14 May; Farrukh's arrest (November 2024) is in neither period; his release "June 2025" is in Q2.
    expect(nonZero(report, 'UZ', 'arrests')).toEqual({ total: [1, 0, 1], incommunicado: [1, 0, 1] });
    expect(uncertain(report, 'UZ', 'arrests')).toEqual([0, 0]);
    expect(nonZero(report, 'UZ', 'releases_by_reason')).toEqual({ total: [1, 0, 1], pardon: [1, 0, 1] });
    expect(uncertain(report, 'UZ', 'releases_by_reason')).toEqual([0, 0]);
  });

  it('counts sentences handed down, their years and median, life apart', () => {
    // KZ Q2: Aidos 7 y and its appeal reduction 5.5 y (both handed down in Q2), Chingiz's fine
    // ("June 2025": no years). Total 12.5, median of [5.5, 7] = 6.25. Q1: Bota's life sentence.
    expect(nonZero(report, 'KZ', 'sentences')).toEqual({
      count: [3, 1, 2], life: [0, 1, -1], total_years: [12.5, 0, 12.5], median_years: [6.25, null, null],
    });
    expect(uncertain(report, 'KZ', 'sentences')).toEqual([0, 0]);
    // UZ: Gulnara 8 y on 20 June; Farrukh's sentence dated only "2025" is uncertain in both quarters.
    expect(nonZero(report, 'UZ', 'sentences')).toEqual({ count: [1, 0, 1], total_years: [8, 0, 8], median_years: [8, null, null] });
    expect(uncertain(report, 'UZ', 'sentences')).toEqual([1, 1]);
  });

  it('lists the most used charges of arrests in the period', () => {
    // KZ: Aidos's 174 and 274 (Q2), Bota's 174 (Q1); Chingiz's 405 sits on an uncertain arrest.
    const kz = report.sections[0]?.groups.find((g) => g.group === 'charges');
    expect(kz?.figures).toEqual([
      { key: 'UK RK 174', current: 1, previous: 1, change: 0 },
      { key: 'UK RK 274', current: 1, previous: 0, change: 1 },
    ]);
    expect(kz?.leftOut).toEqual({ current: { no_date: 0, coarse_date: 1 }, previous: { no_date: 0, coarse_date: 1 } });
    expect(nonZero(report, 'UZ', 'charges')).toEqual({ 'UK RUz 159': [1, 0, 1], 'UK RUz 244.1': [1, 0, 1] });
  });

  it('counts advocacy, WGAD petitions and opinions, and overdue tasks', () => {
    // KZ Q2: Aidos's petition, Bota's letter; Q1: Bota's media work.
    expect(nonZero(report, 'KZ', 'advocacy_by_type')).toEqual({
      total: [2, 1, 1], wgad_petition: [1, 0, 1], letter_to_government: [1, 0, 1], media: [0, 1, -1],
    });
    expect(nonZero(report, 'KZ', 'wgad_petitions_submitted')).toEqual({ total: [1, 0, 1] });
    expect(nonZero(report, 'KZ', 'wgad_opinions')).toEqual({ total: [1, 0, 1], arbitrary: [1, 0, 1], I: [1, 0, 1], II: [1, 0, 1] });
    // Due 1 June and open: overdue on 30 June; due 30 June itself: not yet.
    expect(nonZero(report, 'KZ', 'overdue_tasks')).toEqual({ total: [1, 0, 1] });
    // UZ: Gulnara's statement (Q2), Farrukh's petition (submitted Q1, opinion Q2, not arbitrary).
    expect(nonZero(report, 'UZ', 'advocacy_by_type')).toEqual({ total: [1, 1, 0], wgad_petition: [0, 1, -1], public_statement: [1, 0, 1] });
    expect(nonZero(report, 'UZ', 'wgad_petitions_submitted')).toEqual({ total: [0, 1, -1] });
    expect(nonZero(report, 'UZ', 'wgad_opinions')).toEqual({ total: [1, 0, 1], not_arbitrary: [1, 0, 1] });
    // Due 1 March, done 10 May: overdue at the end of Q1, done by the end of Q2.
    expect(nonZero(report, 'UZ', 'overdue_tasks')).toEqual({ total: [0, 1, -1] });
  });

  it('names those detained at the end, hiding confidential people unless asked', () => {
    expect(report.sections.map((s) => s.people)).toEqual([['Aidos Sadykov', 'Confidential (1)'], ['Confidential (1)']]);
    const reveals = () => (v.sqlite.prepare("SELECT count(*) AS n FROM audit_entries WHERE action = 'report.reveal'").get() as { n: number }).n;
    expect(reveals()).toBe(0);
    // Staff never read a confidential name without a grant on the person's case, even when asking.
    const asked = v.call('reports.country', { ...PERIOD, includeConfidentialNames: true });
    expect(reveals()).toBe(1);
    expect(asked.sections.map((s) => s.people)).toEqual([['Aidos Sadykov', 'Confidential (1)'], ['Confidential (1)']]);
    v.signInAs('supervisor');
    const named = v.call('reports.country', { ...PERIOD, includeConfidentialNames: true });
    v.signInAs('staff');
    // Naming confidential people on screen is a reveal and is recorded.
    expect(reveals()).toBe(2);
    expect(named.sections.map((s) => s.people)).toEqual([['Aidos Sadykov', 'Bota Zhaksylykova'], ['Gulnara Yusupova']]);
    expect(JSON.stringify([report, asked])).not.toMatch(/Bota|Gulnara/);
  });

  it('reports one country when asked, an empty one as zeros, and refuses an unknown one or a reversed period', () => {
    expect(v.call('reports.country', { ...PERIOD, countryCode: 'uz' }).sections.map((s) => s.countryCode)).toEqual(['UZ']);
    const empty = v.call('reports.country', { ...PERIOD, countryCode: 'TJ' }).sections[0];
    expect(empty?.groups.every((g) => g.figures.every((f) => f.current === 0 || f.current === null))).toBe(true);
    expect(failure(() => v.call('reports.country', { ...PERIOD, countryCode: 'XX' })).details).toEqual({ reason: 'country_not_found', params: { countryCode: 'XX' } });
    expect(failure(() => v.call('reports.country', { from: '2025-06-30', to: '2025-04-01' })).details).toMatchObject({ reason: 'invalid_fields', issues: { to: { reason: 'period_order' } } });
    expect(failure(() => v.call('reports.country', { from: '2025-06-30', to: '2025-04-01' })).code).toBe('VALIDATION');
    expect(failure(() => v.call('reports.country', { from: '0001-01-01', to: '2025-04-01' })).code).toBe('VALIDATION');
  });
});

describe('exports', () => {
  const audits = () =>
    v.sqlite.prepare("SELECT user_name AS user, changes FROM audit_entries WHERE action = 'report.export' ORDER BY seq").all() as {
      user: string;
      changes: string;
    }[];

  it('gives the same figures as CSV, one row per figure, and audits the export with its options', () => {
    const before = audits().length;
    const { filename, csv } = v.call('reports.exportCsv', { ...PERIOD, countryCode: 'KZ' });
    expect(filename).toBe('habeas-report-KZ-2025-04-01-to-2025-06-30.csv');
    // A byte-order mark first, so Excel reads the names as UTF-8.
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    // Machine keys, then the same columns in words.
    expect(lines[0]).toBe('section,group,key,current,previous,change,country,group_label,label,current_text,previous_text,change_text');
    expect(lines[1]).toBe(
      'Country code,Group key,Figure key,This period,Previous period,Change,Country,Group,Figure,"This period, in words","Previous period, in words","Change, in words"',
    );
    const machine = lines.map((l) => l.split(',').slice(0, 6).join(','));
    const kz = report.sections[0];
    for (const group of kz?.groups ?? []) {
      for (const f of group.figures) {
        expect(machine).toContain(['KZ', group.group, f.key, f.current ?? '', f.previous ?? '', f.change ?? ''].join(','));
      }
    }
    // Each row says in words what its keys mean; sentence years also in years and months.
    expect(lines).toContain('KZ,detained_by_type,(coarse_date),0,1,-1,Kazakhstan,"People detained at the end of the period, by type of detention",Left out: date too coarse for the period,,,');
    expect(lines).toContain('KZ,detained_by_type,(no_date),0,0,0,Kazakhstan,"People detained at the end of the period, by type of detention",Left out: no date known,,,');
    expect(lines).toContain('KZ,detained_by_type,prison_colony,1,1,0,Kazakhstan,"People detained at the end of the period, by type of detention",Prison colony,,,');
    expect(lines).toContain('KZ,sentences,total_years,12.5,0,12.5,Kazakhstan,Sentences handed down,Total years (life and fines not counted),12 years 6 months,0 months,12 years 6 months more');
    expect(lines).toContain('KZ,sentences,median_years,6.25,,,Kazakhstan,Sentences handed down,Median years,6 years 3 months,,');
    expect(lines).toContain('KZ,people_detained_at_end,Confidential (1),1,,,Kazakhstan,People detained at the end of the period (names),Confidential (1),,,');
    expect(csv).not.toContain('Bota');
    const entries = audits();
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)?.user).toBe('staff');
    expect(JSON.parse(entries.at(-1)?.changes ?? '{}')).toEqual({
      format: 'csv',
      options: { countryCode: 'KZ', from: '2025-04-01', to: '2025-06-30', includeConfidentialNames: false },
    });
  });

  it('labels the CSV in Russian when asked, with the same figures', () => {
    const en = v.call('reports.exportCsv', { ...PERIOD, countryCode: 'KZ' }).csv.split('\r\n');
    const ru = v.call('reports.exportCsv', { ...PERIOD, countryCode: 'KZ', language: 'ru' }).csv.split('\r\n');
    expect(ru[0]).toBe(en[0]);
    expect(ru[1]).toBe('Код страны,Ключ группы,Ключ показателя,Этот период,Предыдущий период,Изменение,Страна,Группа,Показатель,"Этот период, словами","Предыдущий период, словами","Изменение, словами"');
    const figures = (lines: string[]) => lines.slice(2).map((l) => l.split(',').slice(0, 6).join(','));
    expect(figures(ru)).toEqual(figures(en));
    expect(ru).toContain('KZ,sentences,total_years,12.5,0,12.5,Казахстан,Вынесенные приговоры,Всего лет (без пожизненных и штрафов),12 лет 6 месяцев,0 месяцев,больше на 12 лет 6 месяцев');
    expect(ru).toContain('KZ,people_detained_at_end,Confidential (1),1,,,Казахстан,Под стражей на конец периода (имена),Конфиденциально (1),,,');
    expect(failure(() => v.call('reports.exportCsv', { ...PERIOD, language: 'de' as 'en' })).code).toBe('VALIDATION');
  });

  it('names confidential people in the CSV only when asked, and says so in the audit log', () => {
    expect(v.call('reports.exportCsv', { ...PERIOD, includeConfidentialNames: true }).csv).not.toContain('Gulnara');
    v.signInAs('supervisor');
    const { csv } = v.call('reports.exportCsv', { ...PERIOD, includeConfidentialNames: true });
    v.signInAs('staff');
    expect(csv).toContain('UZ,people_detained_at_end,Gulnara Yusupova,1,,,Uzbekistan,People detained at the end of the period (names),Gulnara Yusupova,,,');
    expect(JSON.parse(audits().at(-1)?.changes ?? '{}')).toMatchObject({ options: { countryCode: 'all', includeConfidentialNames: true } });
  });

  it('records a PDF export made by the window', () => {
    expect(v.call('reports.recordExport', { format: 'pdf', options: { ...PERIOD, countryCode: 'UZ' } })).toEqual({ recorded: true });
    expect(JSON.parse(audits().at(-1)?.changes ?? '{}')).toMatchObject({ format: 'pdf', options: { countryCode: 'UZ' } });
  });

  it('refuses caseworkers', () => {
    v.signInAs('caseworker');
    expect(failure(() => v.call('reports.country', PERIOD)).code).toBe('FORBIDDEN');
    expect(failure(() => v.call('reports.exportCsv', PERIOD)).code).toBe('FORBIDDEN');
    expect(failure(() => v.call('reports.recordExport', { format: 'pdf', options: PERIOD })).code).toBe('FORBIDDEN');
    v.signInAs('supervisor');
    expect(v.call('reports.country', PERIOD).sections).toHaveLength(2);
  });
});

describe('deleted records', () => {
  it('are left out of every figure', () => {
    const media = v.sqlite.prepare("SELECT id FROM advocacy_actions WHERE type = 'media'").get() as { id: string };
    v.signInAs('caseworker');
    v.call('advocacy.delete', { id: media.id });
    v.signInAs('staff');
    // Bota's media work was KZ's only advocacy in Q1.
    expect(nonZero(v.call('reports.country', { ...PERIOD, countryCode: 'KZ' }), 'KZ', 'advocacy_by_type')).toEqual({
      total: [2, 0, 2], wgad_petition: [1, 0, 1], letter_to_government: [1, 0, 1],
    });
  });
});
