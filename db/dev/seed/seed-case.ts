// One synthetic case from start to finish: the detainee and the spellings of their name, the
// referral that brought them (and its source), the case opened from it with its detention,
// advocacy and notes; plus, now and then, a referral that did not become a case.
import type { DetentionFacts } from '../../contract/referrals';
import type { CaseStatus, ClosingReason, Consent, Profession, ReferralChannel, ReferralStatus, Sex, Urgency } from '../../../shared/vocabulary';
import { addDays } from '../../../shared/partial-date';
import { seedAdvocacy, seedCaseEvents } from './seed-advocacy';
import { seedDetention, type CaseSetting, type DetentionOutcome } from './seed-detention';
import { ActivityClock, dayBetween, earlier, later, stampOn, vague, type SeedEnv } from './seed-env';
import { givenName, groupFor, HOME_COUNTRY, personName, type NameGroup } from './seed-names';
import { COUNTRY_WEIGHTS, say, type CountryProfile } from './seed-places';
import { Random } from './seed-random';
import { DECLINE_REASONS, fill, ORGANISATIONS, phrase, REFERRAL_SUMMARIES, REFERRED_ELSEWHERE, RELATIONS, SOURCE_DESCRIPTIONS } from './seed-texts';

const PROFESSION_WEIGHTS: readonly (readonly [Profession, number])[] = [
  ['journalist', 12], ['human_rights_defender', 10], ['lawyer', 4], ['opposition_politician', 10], ['civic_activist', 14], ['religious_believer', 18],
  ['blogger', 12], ['labour_activist', 4], ['student', 5], ['ethnic_minority_activist', 4], ['other', 7],
];
const CHANNELS: readonly (readonly [ReferralChannel, number])[] = [['family', 40], ['lawyer', 20], ['partner_organisation', 20], ['detainee', 5], ['media', 10], ['other', 5]];
const URGENCY: readonly (readonly [Urgency, number])[] = [['urgent', 10], ['high', 25], ['normal', 50], ['low', 15]];
const CONSENT: readonly (readonly [Consent, number])[] = [['none', 20], ['private_only', 35], ['public', 45]];

interface Detainee {
  personId: string;
  group: NameGroup;
  profile: CountryProfile;
  english: boolean;
  city: string;
  professions: Profession[];
}

function seedPerson(env: SeedEnv, rng: Random, since: string): Detainee {
  const profile = rng.weighted(COUNTRY_WEIGHTS);
  const group = groupFor(rng, profile.code);
  const sex: Sex = rng.weighted([['male', 77], ['female', 21], ['unknown', 1.5], ['other', 0.5]]);
  const name = personName(rng, group, sex === 'female');
  const birth = rng.chance(0.05) ? null : vague(rng, `${rng.int(1950, 2004)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`, 0.1, 0.25, null, null);
  const home = HOME_COUNTRY[group];
  const professions = rng.weighted(PROFESSION_WEIGHTS);
  const more = rng.chance(0.25) ? [rng.weighted(PROFESSION_WEIGHTS)] : [];
  const id = env.newId();
  const stamp = stampOn(env, since);
  env.sinks.people({
    id, ...stamp, deletedAt: null, name: name.name, sex, birthDate: birth?.value ?? null, birthDatePrecision: birth?.precision ?? null,
    citizenship: home === profile.code || rng.chance(0.2) ? profile.code : home,
    organisations: rng.chance(0.3) ? say(rng.pick(ORGANISATIONS), rng.chance(0.5)) : null,
    confidentiality: rng.chance(0.1) ? 'confidential' : 'normal', notes: null,
  });
  for (const v of name.variants) env.sinks.nameVariants({ id: env.newId(), ...stamp, deletedAt: null, personId: id, name: v.name, script: v.script });
  const distinct = [...new Set([professions, ...more])];
  for (const p of distinct) env.sinks.professions({ personId: id, profession: p });
  return { personId: id, group, profile, english: rng.chance(profile.english), city: rng.pick(profile.cities), professions: distinct };
}

interface ReferralFacts {
  id: string;
  receivedOn: string;
  consent: Consent;
}

interface Decision {
  status: ReferralStatus;
  decidedOn: string | null;
  assignedTo: string | null;
}

function seedReferral(env: SeedEnv, rng: Random, who: Detainee, receivedOn: string, decision: Decision, pending: DetentionFacts | null): ReferralFacts {
  const { status, decidedOn, assignedTo } = decision;
  const channel = rng.weighted(CHANNELS);
  const stamp = stampOn(env, receivedOn);
  let sourceContactId: string | null = null;
  if ((channel === 'family' || channel === 'lawyer') && rng.chance(0.7)) {
    sourceContactId = env.newId();
    const relation = channel === 'lawyer' ? 'адвокат|lawyer' : rng.pick(RELATIONS);
    const female = /^(мать|жена|сестра)/u.test(relation);
    env.sinks.contacts({
      id: sourceContactId, ...stamp, deletedAt: null, personId: who.personId,
      name: givenName(rng, who.group, female, who.english ? 'latin' : 'cyrillic'), relation: say(relation, who.english),
      reach: `+${rng.int(100, 999)} ${rng.int(10, 99)} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`, confidential: true, notes: null,
    });
  }
  const consent = rng.weighted(CONSENT);
  const reason = status === 'declined' ? phrase(rng, DECLINE_REASONS, who.english) : status === 'referred_elsewhere' ? phrase(rng, REFERRED_ELSEWHERE, who.english) : null;
  const id = env.newId();
  env.sinks.referrals({
    id, ...stamp, deletedAt: null, receivedOn, channel, sourceContactId, pendingCharges: null,
    sourceDescription: sourceContactId ? null : phrase(rng, SOURCE_DESCRIPTIONS, who.english), sourceWithheld: rng.chance(0.1),
    personId: who.personId, countryCode: who.profile.code,
    summary: fill(rng.pick(REFERRAL_SUMMARIES[who.professions[0] ?? 'other']), who.english, who.city),
    urgency: rng.weighted(URGENCY), consent, status, decidedOn, decisionReason: reason,
    assignedTo, createdBy: rng.pick(env.staff.caseworkers),
    pendingDetention: pending ? JSON.stringify(pending) : null,
  });
  return { id, receivedOn, consent };
}

function closing(rng: Random, detention: DetentionOutcome): { status: CaseStatus; reason: ClosingReason | null } {
  if (detention.died) return { status: 'closed', reason: 'died' };
  if (detention.detained) return { status: rng.chance(0.85) ? 'active' : 'monitoring', reason: null };
  const status = rng.weighted<CaseStatus>([['closed', 45], ['monitoring', 35], ['active', 20]]);
  return { status, reason: status === 'closed' ? rng.weighted<ClosingReason>([['released', 92], ['transferred', 6], ['declined', 2]]) : null };
}

/** Case number `index` of the given seed; the same pair always gives the same case. */
export function seedCase(env: SeedEnv, index: number): void {
  const rng = new Random(`habeas-seed:${env.seed}:case:${index}`);
  const receivedOn = dayBetween(rng, addDays(env.today, -8 * 365), addDays(env.today, -2));
  const who = seedPerson(env, rng, receivedOn);
  // Most referrals follow an arrest; a few warn of one that came later.
  const firstArrest = rng.chance(0.92) ? addDays(receivedOn, -rng.int(3, 1500)) : earlier(addDays(receivedOn, rng.int(5, 200)), env.today);
  const decidedOn = earlier(addDays(receivedOn, rng.int(0, 45)), env.today);
  const caseworker = rng.pick(env.staff.caseworkers);
  const referral = seedReferral(env, rng, who, receivedOn, { status: 'accepted', decidedOn, assignedTo: caseworker }, null);
  const caseId = env.newId();
  const supervisor = rng.pick(env.staff.supervisors);
  const clock = new ActivityClock(env.today);
  clock.see(decidedOn);
  const setting: CaseSetting = { env, rng, caseId, personId: who.personId, profile: who.profile, english: who.english, city: who.city, clock };
  // Rows reach the database parents first whatever the order here (seed.ts), so the case row can
  // be written last and carry the detention status and activity time its episodes imply.
  const detention = seedDetention(setting, firstArrest, rng.weighted([[1, 70], [2, 22], [3, 8]]));
  const { status, reason } = closing(rng, detention);
  const closedOn = status === 'closed' ? earlier(later(addDays(detention.releasedOn ?? decidedOn, rng.int(14, 180)), decidedOn), env.today) : null;
  seedAdvocacy(setting, decidedOn, detention, referral.consent === 'public');
  seedCaseEvents(setting, earlier(firstArrest, decidedOn), caseworker, closedOn);
  const lastActivityAt = `${clock.latest}T12:00:00.000Z`;
  env.sinks.cases({
    id: caseId, reference: env.reference(who.profile.code, decidedOn, rng), ...stampOn(env, decidedOn), deletedAt: null, personId: who.personId, referralId: referral.id, countryCode: who.profile.code,
    openedOn: decidedOn, status, closingReason: reason, closedOn, caseworkerId: caseworker, supervisorId: supervisor,
    detentionStatus: detention.detained ? 'detained' : detention.releasedOn ? 'released' : 'not_detained',
    lastActivityAt: lastActivityAt < env.now ? lastActivityAt : env.now,
  });
}

/** Alongside case `index`, one time in five, a referral still open or not taken on. */
export function seedOtherReferral(env: SeedEnv, index: number): boolean {
  const rng = new Random(`habeas-seed:${env.seed}:referral:${index}`);
  if (!rng.chance(0.2)) return false;
  const receivedOn = dayBetween(rng, addDays(env.today, -8 * 365), env.today);
  const recent = receivedOn >= addDays(env.today, -90);
  const status = recent
    ? rng.weighted<ReferralStatus>([['new', 50], ['assessing', 35], ['declined', 10], ['referred_elsewhere', 5]])
    : rng.weighted<ReferralStatus>([['declined', 65], ['referred_elsewhere', 30], ['assessing', 5]]);
  const who = seedPerson(env, rng, receivedOn);
  const open = status === 'new' || status === 'assessing';
  const arrest = vague(rng, addDays(receivedOn, -rng.int(1, 60)), 0.2, 0.05, null, null);
  const facts: DetentionFacts | null = open && rng.chance(0.8)
    ? { arrestDate: arrest.value, place: say(who.city, who.english), authority: say(rng.pick(who.profile.authorities), who.english), detentionType: rng.weighted([['pre_trial', 80], ['administrative', 10], ['incommunicado', 10]]), facility: null }
    : null;
  const decidedOn = status === 'new' ? null : earlier(addDays(receivedOn, rng.int(1, 40)), env.today);
  seedReferral(env, rng, who, receivedOn, { status, decidedOn, assignedTo: status === 'new' ? null : rng.pick(env.staff.caseworkers) }, facts);
  return true;
}
