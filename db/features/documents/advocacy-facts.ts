// What a case holds for the advocacy documents (WGAD communication, follow-up letter, urgent
// appeal): the person, the latest detention episode with its charges and court events, the
// referral's source and consent, the latest WGAD petition's categories. Read through requireCase,
// so a case the caller may not see is not found.
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';

import type { ServiceContext } from '../../backend/context';
import type { WgadCategory } from '../../../shared/vocabulary';
import { WGAD_CATEGORIES } from '../../../shared/vocabulary';
import { comparePartialDates } from '../../../shared/partial-date';
import {
  advocacyActions,
  caseEvents,
  charges,
  contacts,
  countries,
  courtEvents,
  detentionEpisodes,
  nameVariants,
  people,
  personProfessions,
  referrals,
  wgadPetitions,
} from '../../schema';
import { requireCase } from '../detention/detention';

type PersonRow = typeof people.$inferSelect;
type EpisodeRow = typeof detentionEpisodes.$inferSelect;
type ChargeRow = typeof charges.$inferSelect;
type CourtEventRow = typeof courtEvents.$inferSelect;
type ReferralRow = typeof referrals.$inferSelect;
type CountryRow = typeof countries.$inferSelect;
type CaseEventRow = typeof caseEvents.$inferSelect;

export interface PetitionFacts {
  categories: WgadCategory[];
  categoryFacts: Partial<Record<WgadCategory, string>>;
  opinionNumber: string | null;
  opinionAdoptedOn: string | null;
  submittedOn: string | null;
}

export interface AdvocacyFacts {
  caseId: string;
  reference: string | null;
  person: PersonRow;
  otherNames: string[];
  professions: string[];
  citizenship: CountryRow | null;
  country: CountryRow | null;
  /** The open episode, else the one with the latest arrest. */
  episode: EpisodeRow | null;
  charges: ChargeRow[];
  courtEvents: CourtEventRow[];
  referral: ReferralRow | null;
  sourceContact: { name: string; relation: string } | null;
  petition: PetitionFacts | null;
  /** Health reports, hunger strikes and ill-treatment allegations, newest first; confidential notes stay out of a letter sent abroad. */
  risks: CaseEventRow[];
}

const RISK_KINDS = ['health_report', 'hunger_strike', 'ill_treatment_allegation'] as const;

function currentEpisode(episodes: EpisodeRow[]): EpisodeRow | null {
  const open = episodes.find((e) => e.releaseDate === null);
  if (open) return open;
  const dated = episodes.filter((e): e is EpisodeRow & { arrestDate: string } => e.arrestDate !== null);
  if (dated.length === 0) return episodes.at(-1) ?? null;
  return dated.reduce((a, b) => (comparePartialDates(b.arrestDate, a.arrestDate) > 0 ? b : a));
}

function parseJson(json: string, fallback: unknown): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return fallback;
  }
}

function latestPetition(ctx: ServiceContext, caseId: string): PetitionFacts | null {
  const row = ctx.db
    .select({ petition: wgadPetitions })
    .from(wgadPetitions)
    .innerJoin(advocacyActions, eq(advocacyActions.id, wgadPetitions.actionId))
    .where(and(eq(advocacyActions.caseId, caseId), eq(advocacyActions.type, 'wgad_petition'), isNull(advocacyActions.deletedAt)))
    .orderBy(desc(advocacyActions.date), desc(advocacyActions.createdAt))
    .get();
  if (!row) return null;
  const p = row.petition;
  const listed = parseJson(p.categories, []);
  const facts = parseJson(p.categoryFacts, {}) as Record<string, unknown>;
  return {
    categories: WGAD_CATEGORIES.filter((c) => Array.isArray(listed) && listed.includes(c)),
    categoryFacts: Object.fromEntries(WGAD_CATEGORIES.flatMap((c) => (typeof facts[c] === 'string' && facts[c] !== '' ? [[c, facts[c]]] : []))),
    opinionNumber: p.opinionNumber,
    opinionAdoptedOn: p.opinionAdoptedOn,
    submittedOn: p.submittedOn,
  };
}

export function advocacyFacts(ctx: ServiceContext, caseId: string): AdvocacyFacts {
  const caseRow = requireCase(ctx, caseId);
  const person = ctx.db.select().from(people).where(eq(people.id, caseRow.personId)).get();
  if (!person) throw new Error('A case without its person');
  const country = (code: string | null) => (code === null ? null : (ctx.db.select().from(countries).where(eq(countries.code, code)).get() ?? null));
  const episodes = ctx.db
    .select()
    .from(detentionEpisodes)
    .where(and(eq(detentionEpisodes.caseId, caseId), isNull(detentionEpisodes.deletedAt)))
    .orderBy(asc(detentionEpisodes.createdAt))
    .all();
  const episode = currentEpisode(episodes);
  const episodeIds = episode === null ? [] : [episode.id];
  const referral = caseRow.referralId === null ? null : (ctx.db.select().from(referrals).where(eq(referrals.id, caseRow.referralId)).get() ?? null);
  const contact =
    referral?.sourceContactId != null
      ? ctx.db.select({ name: contacts.name, relation: contacts.relation }).from(contacts).where(eq(contacts.id, referral.sourceContactId)).get()
      : undefined;
  return {
    caseId,
    reference: caseRow.reference,
    person,
    otherNames: ctx.db
      .select({ name: nameVariants.name })
      .from(nameVariants)
      .where(eq(nameVariants.personId, person.id))
      .all()
      .map((r) => r.name)
      .filter((n) => n !== person.name),
    professions: ctx.db
      .select({ profession: personProfessions.profession })
      .from(personProfessions)
      .where(eq(personProfessions.personId, person.id))
      .all()
      .map((r) => r.profession),
    citizenship: country(person.citizenship),
    country: country(caseRow.countryCode),
    episode,
    charges: ctx.db
      .select()
      .from(charges)
      .where(and(inArray(charges.episodeId, episodeIds), isNull(charges.deletedAt)))
      .orderBy(asc(charges.createdAt))
      .all(),
    courtEvents: ctx.db
      .select()
      .from(courtEvents)
      .where(and(inArray(courtEvents.episodeId, episodeIds), isNull(courtEvents.deletedAt)))
      .all()
      .sort((a, b) => comparePartialDates(a.date, b.date)),
    referral,
    sourceContact: contact ?? null,
    petition: latestPetition(ctx, caseId),
    risks: ctx.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, caseId), isNull(caseEvents.deletedAt), eq(caseEvents.confidential, false), inArray(caseEvents.kind, [...RISK_KINDS])))
      .all()
      .sort((a, b) => comparePartialDates(b.date, a.date)),
  };
}
