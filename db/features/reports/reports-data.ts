// Loads the rows the per-country report is computed from, grouped by country. Only plain facts
// leave here; what counts where is decided once, in db/features/reports/report.ts. Soft-deleted records (and
// records of deleted cases or people) are left out everywhere.
import type { ServiceContext } from '../../backend/context';
import type {
  AdvocacyType,
  Profession,
  ReferralChannel,
  ReferralStatus,
  SentenceChange,
  SentenceType,
  WgadCategory,
  WgadOutcome,
} from '../../../shared/vocabulary';
import { WGAD_CATEGORIES } from '../../../shared/vocabulary';
import { caseVisibleRaw, nameGuard, personVisibleRaw } from '../common/visibility';
import type { NamedPerson } from './report-compare';
import type { EpisodeRow, ReportRows } from './report';

// The domain takes read-only lists; here they are filled one row at a time.
type Filled<T> = { [K in keyof T]: T[K] extends ReadonlyArray<infer U> ? U[] : T[K] };

export type CountryRows = Filled<ReportRows> & {
  /** Who each episode belongs to (same order as episodes), for the names of those detained at the end. */
  episodePeople: NamedPerson[];
};

export interface ReportCountry {
  code: string;
  nameEn: string;
  nameRu: string;
}

type WithCountry<T> = T & { country: string };

const LIVE_CASE = 'c.deleted_at IS NULL';

function all<T>(ctx: ServiceContext, sql: string, ...params: unknown[]): T[] {
  return ctx.sqlite.prepare(sql).all(...params) as T[];
}

// The countries asked for, as one JSON parameter: a report on one country reads only its rows.
const IN_COUNTRIES = (column: string): string => `${column} IN (SELECT value FROM json_each(?))`;

/** Countries to report on: the one asked for, or every country with a referral or a case. */
export function reportCountries(ctx: ServiceContext, code: string | undefined): ReportCountry[] {
  if (code !== undefined) return all<ReportCountry>(ctx, 'SELECT code, name_en AS nameEn, name_ru AS nameRu FROM countries WHERE code = ?', code);
  return all<ReportCountry>(
    ctx,
    `SELECT code, name_en AS nameEn, name_ru AS nameRu FROM countries WHERE code IN (
       SELECT country_code FROM referrals WHERE deleted_at IS NULL
       UNION SELECT country_code FROM cases WHERE deleted_at IS NULL)
     ORDER BY code`,
  );
}

function parseCategories(json: string): WgadCategory[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? WGAD_CATEGORIES.filter((c) => parsed.includes(c)) : [];
}

function emptyRows(): CountryRows {
  return { referrals: [], episodes: [], sentences: [], charges: [], advocacy: [], petitions: [], tasks: [], episodePeople: [] };
}

/** Every country's rows, loaded once, for the countries asked for. */
export function loadReportRows(ctx: ServiceContext, countries: readonly string[]): Map<string, CountryRows> {
  const byCountry = new Map<string, CountryRows>(countries.map((c) => [c, emptyRows()]));
  const rowsOf = (country: string): CountryRows | undefined => byCountry.get(country);
  const wanted = JSON.stringify(countries);
  // What the caller may see (visibility.ts): the figures of a hidden case are not theirs to count.
  const live = caseVisibleRaw(ctx, 'c.id');
  const liveCase = `${LIVE_CASE} AND ${live.sql}`;
  const person = personVisibleRaw(ctx, 'p.id');
  const guard = nameGuard(ctx);

  const professions = new Map<string, Profession[]>();
  for (const p of all<{ personId: string; profession: Profession }>(
    ctx,
    'SELECT person_id AS personId, profession FROM person_professions ORDER BY person_id, profession',
  )) {
    professions.set(p.personId, [...(professions.get(p.personId) ?? []), p.profession]);
  }

  for (const r of all<WithCountry<{ personId: string; receivedOn: string; channel: ReferralChannel; status: ReferralStatus; decidedOn: string | null }>>(
    ctx,
    `SELECT r.country_code AS country, r.person_id AS personId, r.received_on AS receivedOn, r.channel, r.status,
            r.decided_on AS decidedOn
       FROM referrals r JOIN people p ON p.id = r.person_id
      WHERE r.deleted_at IS NULL AND p.deleted_at IS NULL AND ${person.sql} AND ${IN_COUNTRIES('r.country_code')}`,
    ...person.params,
    wanted,
  )) {
    rowsOf(r.country)?.referrals.push({ ...r, professions: professions.get(r.personId) ?? [] });
  }

  // Every live observation of the countries' live episodes, by episode.
  const observations = new Map<string, string[]>();
  for (const o of all<{ episodeId: string; observedOn: string }>(
    ctx,
    `SELECT o.episode_id AS episodeId, o.observed_on AS observedOn
       FROM detention_observations o JOIN detention_episodes e ON e.id = o.episode_id JOIN cases c ON c.id = e.case_id
      WHERE o.deleted_at IS NULL AND e.deleted_at IS NULL AND ${liveCase} AND ${IN_COUNTRIES('c.country_code')}`,
    ...live.params,
    wanted,
  )) {
    const list = observations.get(o.episodeId);
    if (list) list.push(o.observedOn);
    else observations.set(o.episodeId, [o.observedOn]);
  }
  const observedOf = (episodeId: string): string[] => observations.get(episodeId) ?? [];

  for (const e of all<WithCountry<Omit<EpisodeRow, 'observations'> & { episodeId: string; name: string; confidentiality: string }>>(
    ctx,
    `SELECT c.country_code AS country, e.id AS episodeId, e.person_id AS personId, e.arrest_date AS arrestDate,
            e.release_date AS releaseDate, e.release_reason AS releaseReason, e.detention_type AS detentionType,
            e.facility, p.name, p.confidentiality
       FROM detention_episodes e JOIN cases c ON c.id = e.case_id JOIN people p ON p.id = e.person_id
      WHERE e.deleted_at IS NULL AND ${liveCase} AND p.deleted_at IS NULL AND ${IN_COUNTRIES('c.country_code')}`,
    ...live.params,
    wanted,
  )) {
    const rows = rowsOf(e.country);
    if (!rows) continue;
    const episode: EpisodeRow = {
      personId: e.personId,
      arrestDate: e.arrestDate,
      observations: observedOf(e.episodeId),
      releaseDate: e.releaseDate,
      releaseReason: e.releaseReason,
      detentionType: e.detentionType,
      facility: e.facility,
    };
    rows.episodes.push(episode);
    const confidential = e.confidentiality === 'confidential';
    const withheld = guard.withheld(e.personId, confidential) !== null;
    rows.episodePeople.push({ name: withheld ? '' : e.name, confidential, withheld });
  }

  for (const s of all<WithCountry<{ handedDownOn: string | null; type: SentenceType; years: number; months: number; days: number; life: number; change: SentenceChange | null }>>(
    ctx,
    `SELECT c.country_code AS country, s.handed_down_on AS handedDownOn, s.type, s.years, s.months, s.days, s.life, s.change
       FROM sentences s JOIN detention_episodes e ON e.id = s.episode_id JOIN cases c ON c.id = e.case_id
      WHERE s.deleted_at IS NULL AND e.deleted_at IS NULL AND ${liveCase} AND ${IN_COUNTRIES('c.country_code')}`,
    ...live.params,
    wanted,
  )) {
    // SQLite stores booleans as 0 and 1.
    rowsOf(s.country)?.sentences.push({ ...s, life: s.life === 1 });
  }

  for (const ch of all<WithCountry<{ episodeId: string; arrestDate: string | null; code: string; article: string }>>(
    ctx,
    `SELECT c.country_code AS country, e.id AS episodeId, e.arrest_date AS arrestDate, ch.code, ch.article
       FROM charges ch JOIN detention_episodes e ON e.id = ch.episode_id JOIN cases c ON c.id = e.case_id
      WHERE ch.deleted_at IS NULL AND e.deleted_at IS NULL AND ${liveCase} AND ${IN_COUNTRIES('c.country_code')}`,
    ...live.params,
    wanted,
  )) {
    rowsOf(ch.country)?.charges.push({ arrestDate: ch.arrestDate, observations: observedOf(ch.episodeId), code: ch.code, article: ch.article });
  }

  for (const a of all<WithCountry<{ type: AdvocacyType; date: string; submittedOn: string | null; opinionAdoptedOn: string | null; outcome: WgadOutcome | null; categories: string | null }>>(
    ctx,
    `SELECT c.country_code AS country, a.type, a.date, w.submitted_on AS submittedOn,
            w.opinion_adopted_on AS opinionAdoptedOn, w.outcome, w.categories
       FROM advocacy_actions a JOIN cases c ON c.id = a.case_id LEFT JOIN wgad_petitions w ON w.action_id = a.id
      WHERE a.deleted_at IS NULL AND ${liveCase} AND ${IN_COUNTRIES('c.country_code')}`,
    ...live.params,
    wanted,
  )) {
    const rows = rowsOf(a.country);
    if (!rows) continue;
    rows.advocacy.push({ type: a.type, date: a.date });
    // Urgent appeals carry the same fields but lead to no opinion; only petitions are counted.
    if (a.type === 'wgad_petition' && a.outcome !== null) {
      rows.petitions.push({
        submittedOn: a.submittedOn,
        opinionAdoptedOn: a.opinionAdoptedOn,
        outcome: a.outcome,
        categories: parseCategories(a.categories ?? '[]'),
      });
    }
  }

  // Tasks without a case belong to no country and are left out.
  for (const t of all<WithCountry<{ dueOn: string; doneOn: string | null }>>(
    ctx,
    `SELECT c.country_code AS country, t.due_on AS dueOn, substr(t.done_at, 1, 10) AS doneOn
       FROM tasks t JOIN cases c ON c.id = t.case_id
      WHERE t.deleted_at IS NULL AND ${liveCase} AND ${IN_COUNTRIES('c.country_code')}`,
    ...live.params,
    wanted,
  )) {
    rowsOf(t.country)?.tasks.push({ dueOn: t.dueOn, doneOn: t.doneOn });
  }
  return byCountry;
}
