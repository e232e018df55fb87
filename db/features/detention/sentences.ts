// Sentences and their later changes. A change (appeal, amnesty, pardon, commutation, overturning)
// is a new sentence that supersedes the earlier one, so the history stays readable; the expected
// release of each is computed by db/features/detention/sentence.ts and stored for reports and reminders.
import { and, asc, eq, getTableColumns, isNull } from 'drizzle-orm';

import type { ServiceContext } from '../../backend/context';
import { conflict, fieldDetails, invalid, notFound } from '../../backend/errors';
import type { HandlersFor } from '../../backend/handler-map';
import type { detentionApi, Sentence, SentenceInChain, SentenceLink } from '../../contract/detention';
import type { SentenceType } from '../../../shared/vocabulary';
import { comparePartialDates, precisionOf } from '../../../shared/partial-date';
import { proposeCredit } from './pretrial-credit';
import { expectedRelease } from './sentence';
import { detentionEpisodes, sentences } from '../../schema';
import { requireCourtEvent } from './court-events';
import { requireCase, requireEpisode } from './detention';
import { definedFields } from '../common/patch';
import { changesBetween, stamp, touchCase } from '../common/records';

type SentenceRow = typeof sentences.$inferSelect;
type SentenceMethods = Pick<typeof detentionApi, 'sentences.create' | 'sentences.update' | 'sentences.delete' | 'sentences.list' | 'sentences.proposeCredit'>;

/**
 * Sentences that hold the person somewhere until a date. A fine, a suspended sentence or
 * compulsory labour has no release to expect, and a reminder for one would be noise.
 */
const CUSTODIAL: ReadonlySet<SentenceType> = new Set(['imprisonment', 'colony_regime', 'restricted_freedom', 'forced_psychiatric_treatment']);

function release(row: SentenceRow) {
  const noTerm = row.years === 0 && row.months === 0 && row.days === 0;
  // A zero term on a custodial sentence means "not yet known", not "released the same day".
  if (row.change === 'overturned' || !CUSTODIAL.has(row.type) || (noTerm && !row.life)) return null;
  return expectedRelease({
    start: row.startDate,
    years: row.years,
    months: row.months,
    days: row.days,
    creditDays: row.creditDays,
    life: row.life,
  });
}

/** A range's upper term is longer than its lower one, and a life sentence has no range. */
function checkRange(row: SentenceRow): void {
  if (row.maxYears === null && row.maxMonths === null && row.maxDays === null) return;
  const length = (y: number, m: number, d: number) => y * 372 + m * 31 + d;
  if (row.life) throw invalid('A life sentence has no upper term.', { reason: 'life_no_upper_term', ...fieldDetails({ maxYears: ['Not for a life sentence', 'life_no_upper_term'] }) });
  if (length(row.maxYears ?? 0, row.maxMonths ?? 0, row.maxDays ?? 0) <= length(row.years, row.months, row.days)) {
    // Named on the term too: the form that edits the term may not show the range.
    throw invalid('The upper term of a range must be longer than the lower term.', {
      reason: 'range_not_longer',
      ...fieldDetails({ years: ['Shorter than the upper term of the range', 'shorter_than_range'], maxYears: ['Longer than the term', 'longer_than_term'] }),
    });
  }
}

function withRelease(row: SentenceRow): SentenceRow {
  const computed = release(row);
  return { ...row, expectedRelease: computed?.date ?? null, expectedReleasePrecision: computed?.precision ?? null };
}

function toSentence(row: SentenceRow): Sentence {
  const { deletedAt: _deleted, ...sentence } = row;
  return { ...sentence, creditExceedsTerm: release(row)?.creditExceedsTerm ?? false };
}

function requireSentence(ctx: ServiceContext, sentenceId: string): SentenceRow {
  const row = ctx.db
    .select()
    .from(sentences)
    .where(and(eq(sentences.id, sentenceId), isNull(sentences.deletedAt)))
    .get();
  if (!row) throw notFound('The sentence', { reason: 'sentence_not_found' });
  return row;
}

function checkCourtEvent(ctx: ServiceContext, courtEventId: string | null, episodeId: string): void {
  if (courtEventId === null) return;
  if (requireCourtEvent(ctx, courtEventId).episodeId !== episodeId) {
    throw invalid('The court event belongs to another detention episode.', { reason: 'court_event_other_episode', ...fieldDetails({ courtEventId: ['Another episode', 'other_episode'] }) });
  }
}

const precision = (date: string | null) => (date === null ? null : precisionOf(date));

export const sentenceHandlers: HandlersFor<SentenceMethods> = {
  'sentences.create': (ctx, input) => {
    const episode = requireEpisode(ctx, input.episodeId);
    const earlier = input.supersedesId ? requireSentence(ctx, input.supersedesId) : null;
    if (earlier !== null) {
      if (earlier.episodeId !== episode.id) {
        throw invalid('A sentence can only change an earlier sentence of the same detention episode.', {
          reason: 'supersedes_other_episode',
          ...fieldDetails({ supersedesId: ['Another episode', 'other_episode'] }),
        });
      }
      if (earlier.supersededById !== null) {
        throw conflict('That sentence has already been changed by a later one. Record the change against the latest sentence.', {
          reason: 'sentence_already_changed',
          supersededById: earlier.supersededById,
        });
      }
    }
    const courtEventId = input.courtEventId ?? null;
    checkCourtEvent(ctx, courtEventId, episode.id);
    // A sentence is handed down, and usually counted, from its verdict's day.
    const verdictDate = courtEventId === null ? null : requireCourtEvent(ctx, courtEventId).date;
    const handedDownOn = input.handedDownOn === undefined ? verdictDate : input.handedDownOn;
    // An appeal or amnesty usually keeps the original start and credit; left out, they carry over.
    const startDate = input.startDate === undefined ? (earlier ? earlier.startDate : verdictDate) : input.startDate;
    const row = withRelease({
      ...stamp(ctx),
      deletedAt: null,
      episodeId: episode.id,
      courtEventId,
      type: input.type,
      years: input.years,
      months: input.months,
      days: input.days,
      life: input.life,
      startDate,
      startDatePrecision: precision(startDate),
      creditDays: input.creditDays ?? earlier?.creditDays ?? 0,
      change: input.change ?? null,
      supersedesId: earlier?.id ?? null,
      supersededById: null,
      expectedRelease: null,
      expectedReleasePrecision: null,
      handedDownOn,
      handedDownOnPrecision: precision(handedDownOn),
      maxYears: input.maxYears ?? null,
      maxMonths: input.maxMonths ?? null,
      maxDays: input.maxDays ?? null,
    });
    checkRange(row);
    ctx.db.insert(sentences).values(row).run();
    ctx.audit({ action: 'sentence.create', tableName: 'sentences', recordId: row.id, changes: changesBetween({}, row) });
    if (earlier !== null) {
      ctx.db.update(sentences).set({ supersededById: row.id, updatedAt: row.updatedAt }).where(eq(sentences.id, earlier.id)).run();
      ctx.audit({ action: 'sentence.supersede', tableName: 'sentences', recordId: earlier.id, changes: { supersededById: [null, row.id] } });
    }
    touchCase(ctx, episode.caseId);
    return toSentence(row);
  },

  'sentences.update': (ctx, input) => {
    const before = requireSentence(ctx, input.id);
    const episode = requireEpisode(ctx, before.episodeId);
    const { id: _id, ...patch } = definedFields(input);
    if (patch.change !== undefined && before.supersedesId === null) {
      throw invalid('Only a sentence that changes an earlier one has a kind of change.', { reason: 'change_without_earlier', ...fieldDetails({ change: ['Not a change', 'not_a_change'] }) });
    }
    const merged: SentenceRow = { ...before, ...patch, updatedAt: ctx.now() };
    checkCourtEvent(ctx, merged.courtEventId, episode.id);
    const after = withRelease({
      ...merged,
      startDatePrecision: precision(merged.startDate),
      handedDownOnPrecision: precision(merged.handedDownOn),
    });
    checkRange(after);
    ctx.db.update(sentences).set(after).where(eq(sentences.id, after.id)).run();
    ctx.audit({ action: 'sentence.update', tableName: 'sentences', recordId: after.id, changes: changesBetween(before, after) });
    touchCase(ctx, episode.caseId);
    return toSentence(after);
  },

  'sentences.proposeCredit': (ctx, input) => {
    const verdict = requireCourtEvent(ctx, input.courtEventId);
    const episode = requireEpisode(ctx, verdict.episodeId);
    const episodes = ctx.db
      .select({ id: detentionEpisodes.id, arrestDate: detentionEpisodes.arrestDate, releaseDate: detentionEpisodes.releaseDate, detentionType: detentionEpisodes.detentionType })
      .from(detentionEpisodes)
      .where(and(eq(detentionEpisodes.caseId, episode.caseId), isNull(detentionEpisodes.deletedAt)))
      .all();
    return { verdictDate: verdict.date, ...proposeCredit(episodes.map((e) => ({ ...e, ofVerdict: e.id === episode.id })), verdict.date) };
  },

  'sentences.delete': (ctx, input) => {
    const sentence = requireSentence(ctx, input.id);
    const episode = requireEpisode(ctx, sentence.episodeId);
    if (sentence.supersededById !== null) {
      throw conflict('A later sentence changes this one. Delete the later sentence first.', { reason: 'sentence_changed_later', supersededById: sentence.supersededById });
    }
    const now = ctx.now();
    ctx.db.update(sentences).set({ deletedAt: now, updatedAt: now }).where(eq(sentences.id, sentence.id)).run();
    ctx.audit({ action: 'sentence.delete', tableName: 'sentences', recordId: sentence.id, changes: { deletedAt: [null, now] } });
    // Removing a change puts the sentence it replaced back into force.
    if (sentence.supersedesId !== null) {
      ctx.db.update(sentences).set({ supersededById: null, updatedAt: now }).where(eq(sentences.id, sentence.supersedesId)).run();
      ctx.audit({
        action: 'sentence.unsupersede',
        tableName: 'sentences',
        recordId: sentence.supersedesId,
        changes: { supersededById: [sentence.id, null] },
      });
    }
    touchCase(ctx, episode.caseId);
    return { id: sentence.id };
  },

  'sentences.list': (ctx, input) => {
    if (input.episodeId !== undefined) requireEpisode(ctx, input.episodeId);
    if (input.caseId !== undefined) requireCase(ctx, input.caseId);
    const scope = input.episodeId !== undefined ? eq(sentences.episodeId, input.episodeId) : eq(detentionEpisodes.caseId, input.caseId ?? '');
    const rows = ctx.db
      .select(getTableColumns(sentences))
      .from(sentences)
      .innerJoin(detentionEpisodes, eq(detentionEpisodes.id, sentences.episodeId))
      .where(and(scope, isNull(sentences.deletedAt), isNull(detentionEpisodes.deletedAt)))
      .orderBy(asc(sentences.createdAt), asc(sentences.id))
      .all();
    const byId = new Map(rows.map((row) => [row.id, row]));
    const link = (linkId: string | null): SentenceLink | null => {
      const other = linkId === null ? undefined : byId.get(linkId);
      if (other === undefined) return null;
      const { id, change, years, months, days, maxYears, maxMonths, maxDays, life, handedDownOn } = other;
      return { id, change, years, months, days, maxYears, maxMonths, maxDays, life, handedDownOn };
    };
    const when = (row: SentenceRow) => row.handedDownOn ?? row.startDate;
    return rows
      .sort((a, b) => {
        const wa = when(a);
        const wb = when(b);
        // Undated sentences keep their entry order after the dated ones.
        if (wa === null || wb === null) return wa === wb ? 0 : wa === null ? 1 : -1;
        return comparePartialDates(wa, wb);
      })
      .map(
        (row): SentenceInChain => ({
          ...toSentence(row),
          current: row.supersededById === null && row.change !== 'overturned',
          supersedes: link(row.supersedesId),
          supersededBy: link(row.supersededById),
        }),
      );
  },
};
