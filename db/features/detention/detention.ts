// Detention episodes: one person's arrests and releases, kept in a plausible order, and the
// case's detentionStatus that the case list filters on. Charges, court events, sentences and
// observations (charges.ts, court-events.ts, sentences.ts, observations.ts) hang off an episode
// and use the lookups and checks here.
import { and, asc, eq, isNull, ne } from 'drizzle-orm';

import type { ServiceContext } from '../../backend/context';
import { conflict, fieldDetails, invalid, notFound } from '../../backend/errors';
import type { HandlersFor } from '../../backend/handler-map';
import type { detentionApi, DetentionEpisode } from '../../contract/detention';
import type { DetentionStatus } from '../../../shared/vocabulary';
import { comparePartialDates, formatPartialDate, partialDateBounds, precisionOf } from '../../../shared/partial-date';
import { cases, charges, courtEvents, detentionEpisodes, detentionObservations, sentences } from '../../schema';
import { definedFields } from '../common/patch';
import { changesBetween, stamp, touchCase } from '../common/records';
import { caseIsVisible, requireVisibleCase } from '../common/visibility';

type EpisodeRow = typeof detentionEpisodes.$inferSelect;
type CaseRow = typeof cases.$inferSelect;
type EpisodeMethods = Pick<typeof detentionApi, 'episodes.create' | 'episodes.update' | 'episodes.delete' | 'episodes.list'>;

// Stand-ins for "no bound": fixed-width, so they compare correctly with real ISO dates.
const FAR_FUTURE = '9999-12-31';

export function requireCase(ctx: ServiceContext, caseId: string): CaseRow {
  const row = ctx.db
    .select()
    .from(cases)
    .where(and(eq(cases.id, caseId), isNull(cases.deletedAt)))
    .get();
  if (!row) throw notFound('The case', { reason: 'case_not_found' });
  requireVisibleCase(ctx, caseId);
  return row;
}

export function requireEpisode(ctx: ServiceContext, episodeId: string): EpisodeRow {
  const row = ctx.db
    .select()
    .from(detentionEpisodes)
    .where(and(eq(detentionEpisodes.id, episodeId), isNull(detentionEpisodes.deletedAt)))
    .get();
  if (!row || !caseIsVisible(ctx, row.caseId)) throw notFound('The detention episode', { reason: 'episode_not_found' });
  return row;
}

export function toEpisode(row: EpisodeRow): DetentionEpisode {
  const { deletedAt: _deleted, ...episode } = row;
  return episode;
}

const shown = (date: string | null): string => (date === null ? 'an unknown date' : formatPartialDate(date, 'en'));

interface EpisodeDates {
  arrestDate: string | null;
  releaseDate: string | null;
}

/** Only a definite order is an error: '2021' and '2021-05' may well be the same day. */
function checkReleaseAfterArrest({ arrestDate, releaseDate }: EpisodeDates): void {
  if (arrestDate === null || releaseDate === null) return;
  if (partialDateBounds(releaseDate).last < partialDateBounds(arrestDate).first) {
    throw invalid(`The release (${shown(releaseDate)}) cannot be before the arrest (${shown(arrestDate)}).`, {
      reason: 'release_before_arrest',
      params: { arrestDate, releaseDate },
      ...fieldDetails({ releaseDate: ['Before the arrest date', 'before_arrest', { date: arrestDate }] }),
    });
  }
}

/** The latest day an episode can have begun and the earliest it can have ended. */
function span({ arrestDate, releaseDate }: EpisodeDates): { latestStart: string; earliestEnd: string } {
  const earliestEnd = releaseDate === null ? FAR_FUTURE : partialDateBounds(releaseDate).first;
  // An unknown arrest lies somewhere before the release, so it can only be bounded by it.
  const latestStart =
    arrestDate !== null ? partialDateBounds(arrestDate).last : releaseDate !== null ? partialDateBounds(releaseDate).last : FAR_FUTURE;
  return { latestStart, earliestEnd };
}

/**
 * True only when the two episodes overlap on every reading of their partial dates. A release and
 * a new arrest on the same day do not overlap: people are re-arrested at the prison gate.
 */
export function overlapsDefinitely(a: EpisodeDates, b: EpisodeDates): boolean {
  const sa = span(a);
  const sb = span(b);
  return sa.latestStart < sb.earliestEnd && sb.latestStart < sa.earliestEnd;
}

function checkAgainstOtherEpisodes(ctx: ServiceContext, personId: string, episode: EpisodeDates, exceptId: string | null): void {
  const others = ctx.db
    .select()
    .from(detentionEpisodes)
    .where(
      and(
        eq(detentionEpisodes.personId, personId),
        isNull(detentionEpisodes.deletedAt),
        exceptId === null ? undefined : ne(detentionEpisodes.id, exceptId),
      ),
    )
    .all();
  for (const other of others) {
    if (episode.releaseDate === null && other.releaseDate === null) {
      throw conflict(
        `This person already has an open detention episode (arrested ${shown(other.arrestDate)}). Record that release first.`,
        { reason: 'episode_still_open', params: other.arrestDate === null ? {} : { arrestDate: other.arrestDate }, episodeId: other.id },
      );
    }
    if (overlapsDefinitely(episode, other)) {
      const until = other.releaseDate === null ? 'still held' : `released ${shown(other.releaseDate)}`;
      const dates = `${shown(episode.arrestDate)} to ${episode.releaseDate === null ? 'now' : shown(episode.releaseDate)}`;
      throw conflict(`These dates (${dates}) overlap another detention episode (arrested ${shown(other.arrestDate)}, ${until}).`, {
        reason: 'episodes_overlap',
        params: other.arrestDate === null ? {} : { arrestDate: other.arrestDate },
        episodeId: other.id,
      });
    }
  }
}

/** Why an observation cannot belong to an episode with these dates; null when it can. */
export function observationOutside(
  observedOn: string,
  episode: { arrestDate: string | null; releaseDate: string | null },
): 'observation_before_arrest' | 'observation_after_release' | null {
  const seen = partialDateBounds(observedOn);
  // Only a definite contradiction is refused: "2021" may well be the day of a "2021-05" arrest.
  if (episode.arrestDate !== null && seen.last < partialDateBounds(episode.arrestDate).first) return 'observation_before_arrest';
  if (episode.releaseDate !== null && seen.first > partialDateBounds(episode.releaseDate).last) return 'observation_after_release';
  return null;
}

export function checkObservationInside(observedOn: string, episode: { arrestDate: string | null; releaseDate: string | null }): void {
  const reason = observationOutside(observedOn, episode);
  if (reason === null) return;
  const when = formatPartialDate(observedOn, 'en');
  const message =
    reason === 'observation_before_arrest'
      ? `The person cannot have been held on ${when}: that is before the arrest of this episode.`
      : `The person cannot have been held on ${when} in this episode: that is after its release.`;
  const english = reason === 'observation_before_arrest' ? 'Before the arrest of this episode' : 'After the release of this episode';
  throw invalid(message, { reason, params: { observedOn }, observedOn, ...fieldDetails({ observedOn: [english, reason] }) });
}

/** The episode's live observations' dates, for checks when the episode's own dates change. */
function observationDates(ctx: ServiceContext, episodeId: string): string[] {
  return ctx.db
    .select({ observedOn: detentionObservations.observedOn })
    .from(detentionObservations)
    .where(and(eq(detentionObservations.episodeId, episodeId), isNull(detentionObservations.deletedAt)))
    .all()
    .map((r) => r.observedOn);
}

function checkReleaseReason(releaseDate: string | null, releaseReason: string | null): void {
  // A reason without a date would leave the episode open-ended, i.e. the person still held.
  if (releaseReason !== null && releaseDate === null) {
    throw invalid('Give the release date (at least the year) together with the release reason.', {
      reason: 'release_date_required',
      ...fieldDetails({ releaseDate: ['Required with a release reason', 'required_with_release_reason'] }),
    });
  }
}

/** detained: an open episode; released: episodes, all closed; not_detained: none. */
/**
 * A case's detention status from its episodes: held while one is open; else released, unless the
 * latest one ended because the person disappeared (no one is known to hold them, nor to have freed them).
 */
export function detentionStatusOf(episodes: readonly { releaseDate: string | null; releaseReason: string | null }[]): DetentionStatus {
  if (episodes.length === 0) return 'not_detained';
  const ended = episodes.filter((e): e is { releaseDate: string; releaseReason: string | null } => e.releaseDate !== null);
  if (ended.length < episodes.length) return 'detained';
  const last = ended.reduce((a, b) => (comparePartialDates(b.releaseDate, a.releaseDate) > 0 ? b : a));
  return last.releaseReason === 'disappeared' ? 'not_detained' : 'released';
}

export function refreshDetentionStatus(ctx: ServiceContext, caseId: string): void {
  const episodes = ctx.db
    .select({ releaseDate: detentionEpisodes.releaseDate, releaseReason: detentionEpisodes.releaseReason })
    .from(detentionEpisodes)
    .where(and(eq(detentionEpisodes.caseId, caseId), isNull(detentionEpisodes.deletedAt)))
    .all();
  const status = detentionStatusOf(episodes);
  const current = requireCase(ctx, caseId);
  if (current.detentionStatus === status) return;
  ctx.db.update(cases).set({ detentionStatus: status, updatedAt: ctx.now() }).where(eq(cases.id, caseId)).run();
  const changes = { detentionStatus: [current.detentionStatus, status] };
  ctx.audit({ action: 'case.detentionStatus', tableName: 'cases', recordId: caseId, changes });
}

function compareKnownFirst(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return comparePartialDates(a, b);
}

const precision = (date: string | null | undefined) => (date === null || date === undefined ? null : precisionOf(date));

export const episodeHandlers: HandlersFor<EpisodeMethods> = {
  'episodes.create': (ctx, input) => {
    const caseRow = requireCase(ctx, input.caseId);
    const row: EpisodeRow = {
      ...stamp(ctx),
      deletedAt: null,
      caseId: caseRow.id,
      personId: caseRow.personId,
      arrestDate: input.arrestDate ?? null,
      arrestDatePrecision: precision(input.arrestDate),
      place: input.place ?? null,
      authority: input.authority ?? null,
      arrestWarrant: input.arrestWarrant ?? null,
      arrestWarrantNote: input.arrestWarrantNote ?? null,
      detentionGrounds: input.detentionGrounds ?? null,
      detentionType: input.detentionType,
      facility: input.facility ?? null,
      releaseDate: input.releaseDate ?? null,
      releaseDatePrecision: precision(input.releaseDate),
      releaseReason: input.releaseReason ?? null,
    };
    checkReleaseAfterArrest(row);
    checkReleaseReason(row.releaseDate, row.releaseReason);
    checkAgainstOtherEpisodes(ctx, row.personId, row, null);
    ctx.db.insert(detentionEpisodes).values(row).run();
    ctx.audit({ action: 'episode.create', tableName: 'detention_episodes', recordId: row.id, changes: changesBetween({}, row) });
    refreshDetentionStatus(ctx, row.caseId);
    touchCase(ctx, row.caseId);
    return toEpisode(row);
  },

  'episodes.update': (ctx, input) => {
    const before = requireEpisode(ctx, input.id);
    const { id: _id, ...patch } = definedFields(input);
    const after: EpisodeRow = { ...before, ...patch, updatedAt: ctx.now() };
    after.arrestDatePrecision = precision(after.arrestDate);
    after.releaseDatePrecision = precision(after.releaseDate);
    checkReleaseAfterArrest(after);
    checkReleaseReason(after.releaseDate, after.releaseReason);
    checkAgainstOtherEpisodes(ctx, after.personId, after, after.id);
    // New dates must still hold what the episode's observations say.
    for (const observedOn of observationDates(ctx, after.id)) checkObservationInside(observedOn, after);
    const changes = changesBetween(before, after);
    ctx.db.update(detentionEpisodes).set(after).where(eq(detentionEpisodes.id, after.id)).run();
    ctx.audit({ action: 'episode.update', tableName: 'detention_episodes', recordId: after.id, changes });
    refreshDetentionStatus(ctx, after.caseId);
    touchCase(ctx, after.caseId);
    return toEpisode(after);
  },

  'episodes.delete': (ctx, input) => {
    const episode = requireEpisode(ctx, input.id);
    const now = ctx.now();
    // What hangs off the episode goes with it, so no charge or sentence is left pointing at a
    // deleted episode and still counted in reports.
    const gone = { deletedAt: now, updatedAt: now };
    const live = <T extends typeof charges | typeof courtEvents | typeof sentences | typeof detentionObservations>(t: T) =>
      and(eq(t.episodeId, episode.id), isNull(t.deletedAt));
    const removed = {
      charges: ctx.db.update(charges).set(gone).where(live(charges)).run().changes,
      courtEvents: ctx.db.update(courtEvents).set(gone).where(live(courtEvents)).run().changes,
      sentences: ctx.db.update(sentences).set(gone).where(live(sentences)).run().changes,
      observations: ctx.db.update(detentionObservations).set(gone).where(live(detentionObservations)).run().changes,
    };
    ctx.db.update(detentionEpisodes).set(gone).where(eq(detentionEpisodes.id, episode.id)).run();
    const changes = { deletedAt: [null, now], removed };
    ctx.audit({ action: 'episode.delete', tableName: 'detention_episodes', recordId: episode.id, changes });
    refreshDetentionStatus(ctx, episode.caseId);
    touchCase(ctx, episode.caseId);
    return { id: episode.id };
  },

  'episodes.list': (ctx, input) => {
    requireCase(ctx, input.caseId);
    const rows = ctx.db
      .select()
      .from(detentionEpisodes)
      .where(and(eq(detentionEpisodes.caseId, input.caseId), isNull(detentionEpisodes.deletedAt)))
      .orderBy(asc(detentionEpisodes.createdAt))
      .all();
    // Unknown arrest dates go last: they cannot be placed, and the known order should read first.
    return rows.sort((a, b) => compareKnownFirst(a.arrestDate, b.arrestDate)).map(toEpisode);
  },
};

