// Feeds the reminder rules (db/features/tasks/deadlines.ts) from the database for many cases at once:
// one query per table over the cases in scope, never one per case, so 100,000 cases stay quick.
import { and, eq, gte, inArray, isNotNull, isNull, lte, ne, or, type SQL } from 'drizzle-orm';

import { caseVisible } from '../common/visibility';
import type { ServiceContext } from '../../backend/context';
import { ServiceError } from '../../backend/errors';
import { type CaseDeadlineInput, type Deadline, type DeadlineSettings, deriveDeadlines } from './deadlines';
import { dismissedKeysByCase } from './dismissals';
import { advocacyActions, cases, courtEvents, detentionEpisodes, people, sentences, wgadPetitions } from '../../schema';

/** Whose cases: the caller's, everyone's, or one case's (as far as the caller may see it). */
export type DeadlineScope = 'mine' | 'all' | { caseId: string };

export interface ScopedDeadline extends Deadline {
  personName: string;
  caseReference: string | null;
  caseworkerId: string | null;
}

/** 'all' reaches every caseworker's cases: a supervisor's and an administrator's view. */
export function checkScope(ctx: ServiceContext, scope: 'mine' | 'all'): void {
  if (scope === 'all' && ctx.user.role !== 'supervisor' && ctx.user.role !== 'administrator') {
    throw new ServiceError('FORBIDDEN', 'Only supervisors and administrators can see the deadlines of every case.', { reason: 'deadlines_supervisors_only' });
  }
}

/** Condition on the cases table for the cases a scope covers, closed ones included or not. */
function casesInScope(ctx: ServiceContext, scope: DeadlineScope, includeClosed: boolean): SQL | undefined {
  return and(
    isNull(cases.deletedAt),
    includeClosed ? undefined : ne(cases.status, 'closed'),
    scope === 'mine' ? eq(cases.caseworkerId, ctx.user.id) : undefined,
    typeof scope === 'object' ? eq(cases.id, scope.caseId) : undefined,
    caseVisible(ctx, '"cases"."id"'),
  );
}

export function deadlineSettings(ctx: ServiceContext, upcomingDays?: number): DeadlineSettings {
  const all = ctx.settings.all();
  return { ...all, upcomingDays: upcomingDays ?? all.upcomingDays, appealWindows: ctx.settings.appealWindows() };
}

/**
 * Every reminder the rules derive today for the open cases in scope. With a horizon (a full date),
 * sentences whose expected release cannot begin by then are left out: they could only give
 * reminders due later, and skipping them spares most of the work on large databases. Callers that
 * must see every reminder (syncing rule tasks) pass no horizon.
 */
export function deriveScopedDeadlines(
  ctx: ServiceContext,
  scope: DeadlineScope,
  settings: DeadlineSettings,
  horizon: string | null = null,
): ScopedDeadline[] {
  const today = ctx.today();
  const caseIds = ctx.db.select({ id: cases.id }).from(cases).where(casesInScope(ctx, scope, false));
  const caseRows = ctx.db
    .select({
      id: cases.id,
      status: cases.status,
      lastActivityAt: cases.lastActivityAt,
      caseworkerId: cases.caseworkerId,
      countryCode: cases.countryCode,
      personName: people.name,
      caseReference: cases.reference,
    })
    .from(cases)
    .innerJoin(people, eq(people.id, cases.personId))
    .where(casesInScope(ctx, scope, false))
    .all();
  const inputs = new Map<string, CaseDeadlineInput>();
  const dismissed = dismissedKeysByCase(ctx);
  for (const row of caseRows) {
    inputs.set(row.id, {
      caseId: row.id,
      status: row.status,
      countryCode: row.countryCode,
      dismissed: dismissed.get(row.id) ?? [],
      lastActivityOn: row.lastActivityAt.slice(0, 10),
      wgad: [],
      courtEvents: [],
      sentences: [],
      episodes: [],
      advocacy: [],
    });
  }
  const add = <K extends 'wgad' | 'courtEvents' | 'sentences' | 'episodes' | 'advocacy'>(
    caseId: string,
    key: K,
    value: CaseDeadlineInput[K][number],
  ) => {
    const input = inputs.get(caseId);
    if (input) (input[key] as Array<CaseDeadlineInput[K][number]>).push(value);
  };

  // One case's rows are found through its id; every case's rows are cheaper read table by table
  // (no probe per case into a large encrypted file) and matched to their case here.
  const ofCases = (column: typeof detentionEpisodes.caseId | typeof advocacyActions.caseId): SQL | undefined =>
    scope === 'all' ? undefined : inArray(column, caseIds);
  const episodeRows = ctx.db
    .select({ id: detentionEpisodes.id, caseId: detentionEpisodes.caseId, releaseDate: detentionEpisodes.releaseDate })
    .from(detentionEpisodes)
    .where(and(ofCases(detentionEpisodes.caseId), isNull(detentionEpisodes.deletedAt)))
    .all();
  // Live episodes only: court events and sentences of a deleted episode give no reminders.
  const caseOfEpisode = new Map<string, string>();
  for (const { caseId, ...episode } of episodeRows) {
    if (!inputs.has(caseId)) continue;
    caseOfEpisode.set(episode.id, caseId);
    add(caseId, 'episodes', episode);
  }
  const ofEpisodes = (column: typeof courtEvents.episodeId | typeof sentences.episodeId): SQL | undefined =>
    scope === 'all'
      ? undefined
      : inArray(column, ctx.db.select({ id: detentionEpisodes.id }).from(detentionEpisodes).where(inArray(detentionEpisodes.caseId, caseIds)));

  // Hearings only matter from today on (the year prefix keeps partial dates of this year in, since
  // '2024' sorts before '2024-05-01'); decisions and appeals of any date do, because a window
  // missed long ago stays listed until an appeal is recorded or it is dismissed.
  const since = today.slice(0, 4);
  const courtRows = ctx.db
    .select({ id: courtEvents.id, kind: courtEvents.kind, date: courtEvents.date, episodeId: courtEvents.episodeId, outcome: courtEvents.outcome })
    .from(courtEvents)
    .where(
      and(
        ofEpisodes(courtEvents.episodeId),
        isNull(courtEvents.deletedAt),
        or(gte(courtEvents.date, since), inArray(courtEvents.kind, ['verdict', 'appeal', 'cassation', 'supreme_court'])),
      ),
    )
    .all();
  for (const event of courtRows) {
    const caseId = caseOfEpisode.get(event.episodeId);
    if (caseId !== undefined) add(caseId, 'courtEvents', event);
  }

  const sentenceRows = ctx.db
    .select({
      id: sentences.id,
      episodeId: sentences.episodeId,
      expectedRelease: sentences.expectedRelease,
      expectedReleasePrecision: sentences.expectedReleasePrecision,
    })
    .from(sentences)
    .where(
      and(
        ofEpisodes(sentences.episodeId),
        isNull(sentences.deletedAt),
        isNull(sentences.supersededById),
        isNotNull(sentences.expectedRelease),
        // A partial date sorts before the days it contains, so this compares its first day.
        horizon === null ? undefined : lte(sentences.expectedRelease, horizon),
      ),
    )
    .all();
  for (const sentence of sentenceRows) {
    const caseId = caseOfEpisode.get(sentence.episodeId);
    if (caseId !== undefined) add(caseId, 'sentences', { ...sentence, superseded: false });
  }

  const advocacyRows = ctx.db
    .select({ id: advocacyActions.id, caseId: advocacyActions.caseId, followUpDue: advocacyActions.followUpDue, status: advocacyActions.status })
    .from(advocacyActions)
    .where(
      and(
        ofCases(advocacyActions.caseId),
        isNull(advocacyActions.deletedAt),
        isNotNull(advocacyActions.followUpDue),
        ne(advocacyActions.status, 'done'),
      ),
    )
    .all();
  for (const { caseId, ...action } of advocacyRows) add(caseId, 'advocacy', action);

  const wgadRows = ctx.db
    .select({
      actionId: wgadPetitions.actionId,
      caseId: advocacyActions.caseId,
      transmittedOn: wgadPetitions.transmittedOn,
      replyDue: wgadPetitions.replyDue,
      replyReceivedOn: wgadPetitions.replyReceivedOn,
      sourceCommentsDue: wgadPetitions.sourceCommentsDue,
      sourceCommentsSentOn: wgadPetitions.sourceCommentsSentOn,
      opinionAdoptedOn: wgadPetitions.opinionAdoptedOn,
      followUpDue: wgadPetitions.followUpDue,
      outcome: wgadPetitions.outcome,
    })
    .from(wgadPetitions)
    .innerJoin(advocacyActions, eq(advocacyActions.id, wgadPetitions.actionId))
    .where(and(ofCases(advocacyActions.caseId), isNull(advocacyActions.deletedAt), ne(wgadPetitions.outcome, 'filed')))
    .all();
  for (const { caseId, ...petition } of wgadRows) add(caseId, 'wgad', petition);

  const found: ScopedDeadline[] = [];
  for (const row of caseRows) {
    const input = inputs.get(row.id);
    if (!input) continue;
    for (const deadline of deriveDeadlines(input, settings, today)) {
      found.push({ ...deadline, personName: row.personName, caseReference: row.caseReference, caseworkerId: row.caseworkerId });
    }
  }
  return found;
}

/**
 * The stable identity of a rule task. A stale-case reminder carries its due date, because each
 * silent spell is a new reminder; every other kind follows its record, so a moved hearing or a
 * changed interval moves the existing task instead of making a second one.
 */
export function ruleKeyFor(deadline: Pick<Deadline, 'kind' | 'recordId' | 'due'>): string {
  const base = `${deadline.kind}:${deadline.recordId}`;
  return deadline.kind === 'stale_case' ? `${base}:${deadline.due}` : base;
}
