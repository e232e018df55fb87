// Synthetic advocacy and notes for one case: actions of every type after the case opened, WGAD
// petitions whose due dates come from the domain's wgadDates and the vault's settings, and
// timeline events (transfers, visits, health, hunger strikes) in the case's language.
import { WGAD_CATEGORIES, type AdvocacyStatus, type AdvocacyType, type CaseEventKind, type WgadCategory, type WgadOutcome } from '../../../shared/vocabulary';
import { wgadDates } from '../../features/tasks/deadlines';
import { addDays, daysBetween } from '../../../shared/partial-date';
import type { CaseSetting, DetentionOutcome } from './seed-detention';
import { dayBetween, stampOn, vague } from './seed-env';
import { say } from './seed-places';
import { ADVOCACY_OUTCOMES, ADVOCACY_TARGETS, CASE_EVENTS, EVENT_BODIES, phrase } from './seed-texts';

const ACTION_TYPES: readonly (readonly [AdvocacyType, number])[] = [
  ['letter_to_government', 15], ['public_statement', 15], ['media', 12], ['social_media_campaign', 10], ['un_special_procedures', 8],
  ['diplomatic_meeting', 10], ['us_congress_or_government', 8], ['trial_monitoring', 6], ['family_support', 8], ['sanctions_submission', 3],
  ['congressional_adoption', 2], ['court_filing', 3], ['wgad_urgent_appeal', 3],
];
const EVENT_KINDS: readonly (readonly [Exclude<CaseEventKind, 'status_change'>, number])[] = [
  ['visit', 20], ['family_contact', 20], ['note', 25], ['transfer', 10], ['health_report', 12], ['ill_treatment_allegation', 8], ['hunger_strike', 5],
];

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** The WGAD meets three times a year; its 90th session was in spring 2021. */
function wgadSession(adoptedOn: string): string {
  const months = daysBetween('2021-04-01', adoptedOn) / 30.44;
  return `${ordinal(Math.max(1, 90 + Math.floor(months / 4)))} session`;
}

function wgadPetition(s: CaseSetting, openedOn: string, isPublic: boolean): void {
  const { rng, env } = s;
  const submittedOn = dayBetween(rng, openedOn, addDays(env.today, -10));
  const transmitted = addDays(submittedOn, rng.int(20, 120));
  const transmittedOn = transmitted <= env.today ? transmitted : null;
  const reply = transmittedOn && rng.chance(0.65) ? addDays(transmittedOn, rng.int(30, 90)) : null;
  const replyReceivedOn = reply !== null && reply <= env.today ? reply : null;
  const comments = replyReceivedOn && rng.chance(0.8) ? addDays(replyReceivedOn, rng.int(10, 30)) : null;
  const opinion = transmittedOn && rng.chance(0.85) ? addDays(submittedOn, rng.int(240, 540)) : null;
  const opinionAdoptedOn = opinion !== null && opinion <= env.today ? opinion : null;
  const outcome: WgadOutcome = opinionAdoptedOn ? rng.weighted([['arbitrary', 85], ['not_arbitrary', 5], ['filed', 10]]) : 'pending';
  const found = outcome === 'arbitrary' ? new Set<WgadCategory>(['II', ...rng.some(['I', 'III', 'V'] as const, 0, 3)]) : new Set<WgadCategory>();
  const categories = WGAD_CATEGORIES.filter((c) => found.has(c));
  const due = wgadDates({ transmittedOn, replyReceivedOn, opinionAdoptedOn }, env.settings);
  const followUpDue = outcome === 'arbitrary' ? due.followUpDue : null;
  const status: AdvocacyStatus = opinionAdoptedOn ? 'done' : transmittedOn ? 'awaiting_response' : 'submitted';
  const actionId = env.newId();
  const stamp = stampOn(env, opinionAdoptedOn ?? replyReceivedOn ?? transmittedOn ?? submittedOn);
  env.sinks.advocacy({
    id: actionId, ...stamp, deletedAt: null, caseId: s.caseId, type: 'wgad_petition', date: submittedOn,
    target: say('Рабочая группа ООН по произвольным задержаниям|UN Working Group on Arbitrary Detention', s.english), status,
    response: replyReceivedOn ? say('Правительство ответило|The government replied', s.english) : null,
    outcome: opinionAdoptedOn ? outcome : null, followUpDue, public: isPublic,
  });
  env.sinks.wgad({
    actionId, categoryFacts: '{}', submittedOn, transmittedOn, replyDue: due.replyDue, replyReceivedOn,
    sourceCommentsDue: due.sourceCommentsDue, sourceCommentsSentOn: comments !== null && comments <= env.today ? comments : null,
    opinionAdoptedOn, session: opinionAdoptedOn ? wgadSession(opinionAdoptedOn) : null,
    opinionNumber: opinionAdoptedOn ? `Opinion No. ${rng.int(1, 90)}/${opinionAdoptedOn.slice(0, 4)}` : null,
    categories: JSON.stringify(categories), outcome, followUpDue, updatedAt: stamp.updatedAt,
  });
  for (const d of [submittedOn, transmittedOn, replyReceivedOn, opinionAdoptedOn]) s.clock.see(d);
}

export function seedAdvocacy(s: CaseSetting, openedOn: string, detention: DetentionOutcome, consentPublic: boolean): void {
  const { rng, env } = s;
  if (openedOn <= addDays(env.today, -30) && rng.chance(detention.detained ? 0.4 : 0.15)) wgadPetition(s, openedOn, consentPublic && rng.chance(0.5));
  for (let i = rng.weighted([[0, 10], [1, 25], [2, 30], [3, 20], [4, 10], [5, 5]]); i > 0; i--) {
    const type = rng.weighted(ACTION_TYPES);
    if (type === 'trial_monitoring' && !detention.tried) continue;
    const date = dayBetween(rng, openedOn, env.today);
    const age = daysBetween(date, env.today);
    const status: AdvocacyStatus = age > 60
      ? rng.weighted([['done', 60], ['awaiting_response', 25], ['submitted', 15]])
      : rng.weighted([['planned', 30], ['in_progress', 40], ['submitted', 30]]);
    const targets = ADVOCACY_TARGETS[type];
    env.sinks.advocacy({
      id: env.newId(), ...stampOn(env, date), deletedAt: null, caseId: s.caseId, type, date,
      target: targets ? phrase(rng, targets, s.english) : null, status,
      response: status === 'done' ? phrase(rng, ADVOCACY_OUTCOMES, s.english) : null, outcome: null,
      followUpDue: status !== 'done' && rng.chance(0.4) ? addDays(date, rng.int(30, 90)) : null,
      public: consentPublic && rng.chance(0.7),
    });
    s.clock.see(date);
  }
}

/** Timeline notes from the first arrest (or the opening) on, plus the closing entry. */
export function seedCaseEvents(s: CaseSetting, from: string, authorId: string, closedOn: string | null): void {
  const { rng, env } = s;
  for (let i = rng.int(1, 6); i > 0; i--) {
    const kind = rng.weighted(EVENT_KINDS);
    const day = dayBetween(rng, from, env.today);
    const date = vague(rng, day, 0.1, 0.05, null, null);
    env.sinks.caseEvents({
      id: env.newId(), ...stampOn(env, day), deletedAt: null, caseId: s.caseId, kind, date: date.value, datePrecision: date.precision,
      title: phrase(rng, CASE_EVENTS[kind], s.english), body: rng.chance(0.5) ? phrase(rng, EVENT_BODIES, s.english) : null,
      confidential: rng.chance(0.15), authorId,
    });
    if (date.precision === 'day') s.clock.see(day);
  }
  if (closedOn !== null) {
    env.sinks.caseEvents({
      id: env.newId(), ...stampOn(env, closedOn), deletedAt: null, caseId: s.caseId, kind: 'status_change', date: closedOn, datePrecision: 'day',
      title: say('Дело закрыто|Case closed', s.english), body: null, confidential: false, authorId,
    });
    s.clock.see(closedOn);
  }
}
