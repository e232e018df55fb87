// A case's timeline: every dated thing on the case in one list, ordered by comparePartialDates so
// "March 2021" sits before the days of March; ties by kind, then by when the record was entered.
// One query per table, and none for a table whose kinds were filtered out.
import { and, eq, getTableColumns, isNull } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

import type { ServiceContext } from '../backend/context';
import type { HandlersFor } from '../backend/handler-map';
import { TIMELINE_KINDS, type TimelineEntry, type TimelineKind, type timelineApi, type TimelineTable } from '../contract/timeline';
import type { AdvocacyType } from '../contract/vocabulary';
import { comparePartialDates, formatPartialDate, precisionOf } from '../domain/partial-date';
import {
  advocacyActions,
  caseEvents,
  charges,
  courtEvents,
  detentionEpisodes,
  detentionObservations,
  referrals,
  reviews,
  sentences,
  tasks,
  wgadPetitions,
} from '../schema';
import { REDACTED_TITLE, redactsConfidential } from './case-events';
import { requireCase } from './detention';

type Draft = Omit<TimelineEntry, 'datePrecision' | 'redacted'>;
type Wanted = (...kinds: TimelineKind[]) => boolean;

const RANK = new Map<TimelineKind, number>(TIMELINE_KINDS.map((kind, i) => [kind, i]));

const ADVOCACY_LABEL: Record<AdvocacyType, string> = {
  wgad_petition: 'WGAD petition',
  wgad_urgent_appeal: 'WGAD urgent appeal',
  un_special_procedures: 'UN Special Procedures communication',
  letter_to_government: 'Letter to the government',
  us_congress_or_government: 'US Congress or government',
  diplomatic_meeting: 'Diplomatic meeting',
  public_statement: 'Public statement',
  media: 'Media',
  social_media_campaign: 'Social media campaign',
  sanctions_submission: 'Sanctions submission',
  congressional_adoption: 'Congressional adoption',
  trial_monitoring: 'Trial monitoring',
  family_support: 'Family support',
  court_filing: 'Court filing',
};

const humanize = (key: string): string => key.charAt(0).toUpperCase() + key.slice(1).replace(/_/g, ' ');
const joined = (...parts: Array<string | null | undefined>): string | null => parts.filter((p) => p).join(' · ') || null;
const plural = (n: number, word: string): string | null => (n === 0 ? null : `${n} ${word}${n === 1 ? '' : 's'}`);

function termText(s: { years: number; months: number; days: number; life: boolean }): string {
  if (s.life) return 'life';
  const parts = [plural(s.years, 'year'), plural(s.months, 'month'), plural(s.days, 'day')].filter((p) => p !== null);
  return parts.join(' ') || 'term not recorded';
}

interface SourceRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** Entries for one stored record: they share its table, id, timestamps and confidentiality. */
function entriesOf(table: TimelineTable, record: SourceRecord, confidential = false) {
  return (kind: TimelineKind, date: string | null, title: string, detail: string | null = null): Draft => ({
    kind,
    date,
    title,
    detail,
    recordTable: table,
    recordId: record.id,
    confidential,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  });
}

function caseEntries(ctx: ServiceContext, caseRow: ReturnType<typeof requireCase>, want: Wanted): Draft[] {
  const out: Draft[] = [];
  if (want('referral_received') && caseRow.referralId !== null) {
    const referral = ctx.db.select().from(referrals).where(eq(referrals.id, caseRow.referralId)).get();
    if (referral) {
      const detail = `From: ${humanize(referral.channel).toLowerCase()}; urgency: ${referral.urgency}`;
      out.push(entriesOf('referrals', referral)('referral_received', referral.receivedOn, 'Referral received', detail));
    }
  }
  const at = entriesOf('cases', caseRow);
  if (want('case_opened')) out.push(at('case_opened', caseRow.openedOn, 'Case opened'));
  if (want('case_closed') && caseRow.closedOn !== null) {
    out.push(at('case_closed', caseRow.closedOn, 'Case closed', caseRow.closingReason === null ? null : `Reason: ${caseRow.closingReason}`));
  }
  return out;
}

function sentenceTitle(s: typeof sentences.$inferSelect): string {
  if (s.change === 'overturned') return 'Sentence overturned';
  const what = s.change === null ? 'Sentence' : `Sentence changed (${humanize(s.change).toLowerCase()})`;
  return `${what}: ${termText(s)}`;
}

function detentionEntries(ctx: ServiceContext, caseId: string, want: Wanted): Draft[] {
  if (!want('arrest', 'release', 'charge', 'court_event', 'sentence', 'expected_release', 'observation')) return [];
  const out: Draft[] = [];
  const episodes = ctx.db
    .select()
    .from(detentionEpisodes)
    .where(and(eq(detentionEpisodes.caseId, caseId), isNull(detentionEpisodes.deletedAt)))
    .all();
  const arrestOf = new Map(episodes.map((e) => [e.id, e.arrestDate]));
  for (const e of episodes) {
    const at = entriesOf('detention_episodes', e);
    if (want('arrest')) out.push(at('arrest', e.arrestDate, 'Arrested', joined(humanize(e.detentionType), e.place, e.authority, e.facility)));
    if (want('release') && e.releaseDate !== null) {
      out.push(at('release', e.releaseDate, 'Released', e.releaseReason === null ? null : humanize(e.releaseReason)));
    }
  }
  const inCase = (episodeId: AnySQLiteColumn) =>
    and(eq(detentionEpisodes.id, episodeId), eq(detentionEpisodes.caseId, caseId), isNull(detentionEpisodes.deletedAt));
  if (want('charge')) {
    const rows = ctx.db
      .select(getTableColumns(charges))
      .from(charges)
      .innerJoin(detentionEpisodes, inCase(charges.episodeId))
      .where(isNull(charges.deletedAt))
      .all();
    // A charge is dated by its episode's arrest: that is when it was brought, as far as is known.
    for (const c of rows) {
      out.push(entriesOf('charges', c)('charge', arrestOf.get(c.episodeId) ?? null, `Charged: ${c.code} art. ${c.article}`, c.text));
    }
  }
  if (want('court_event')) {
    const rows = ctx.db
      .select(getTableColumns(courtEvents))
      .from(courtEvents)
      .innerJoin(detentionEpisodes, inCase(courtEvents.episodeId))
      .where(isNull(courtEvents.deletedAt))
      .all();
    for (const c of rows) out.push(entriesOf('court_events', c)('court_event', c.date, joined(humanize(c.kind), c.court) ?? c.kind, c.outcome));
  }
  if (want('observation')) {
    const rows = ctx.db
      .select(getTableColumns(detentionObservations))
      .from(detentionObservations)
      .innerJoin(detentionEpisodes, inCase(detentionObservations.episodeId))
      .where(isNull(detentionObservations.deletedAt))
      .all();
    // The words are the renderer's, from the source; the title is only a fallback for other readers.
    for (const o of rows) {
      const entry = entriesOf('detention_observations', o)('observation', o.observedOn, 'Known to be held', o.note);
      out.push({ ...entry, observation: { source: o.source, note: o.note } });
    }
  }
  if (want('sentence', 'expected_release')) {
    const rows = ctx.db
      .select(getTableColumns(sentences))
      .from(sentences)
      .innerJoin(detentionEpisodes, inCase(sentences.episodeId))
      .where(isNull(sentences.deletedAt))
      .all();
    for (const s of rows) {
      const at = entriesOf('sentences', s);
      if (want('sentence')) out.push(at('sentence', s.handedDownOn ?? s.startDate, sentenceTitle(s), humanize(s.type)));
      // Only the sentence in force promises a release; superseded ones would contradict it.
      if (want('expected_release') && s.supersededById === null && s.expectedRelease !== null) {
        out.push(at('expected_release', s.expectedRelease, 'Expected release', termText(s)));
      }
    }
  }
  return out;
}

type MilestoneField = 'submittedOn' | 'transmittedOn' | 'replyDue' | 'replyReceivedOn' | 'sourceCommentsSentOn' | 'opinionAdoptedOn' | 'followUpDue';
const WGAD_MILESTONES: Array<[TimelineKind, MilestoneField, string]> = [
  ['wgad_submitted', 'submittedOn', 'WGAD: petition submitted'],
  ['wgad_transmitted', 'transmittedOn', 'WGAD: transmitted to the government'],
  ['wgad_reply_due', 'replyDue', 'WGAD: government reply due'],
  ['wgad_reply_received', 'replyReceivedOn', 'WGAD: government reply received'],
  ['wgad_source_comments_sent', 'sourceCommentsSentOn', 'WGAD: source comments sent'],
  ['wgad_opinion_adopted', 'opinionAdoptedOn', 'WGAD: opinion adopted'],
  ['wgad_follow_up_due', 'followUpDue', 'WGAD: follow-up due'],
];

function advocacyEntries(ctx: ServiceContext, caseId: string, want: Wanted): Draft[] {
  if (!want('advocacy_action', ...WGAD_MILESTONES.map(([kind]) => kind))) return [];
  const out: Draft[] = [];
  const rows = ctx.db
    .select({ action: getTableColumns(advocacyActions), petition: getTableColumns(wgadPetitions) })
    .from(advocacyActions)
    .leftJoin(wgadPetitions, eq(wgadPetitions.actionId, advocacyActions.id))
    .where(and(eq(advocacyActions.caseId, caseId), isNull(advocacyActions.deletedAt)))
    .all();
  for (const { action: a, petition } of rows) {
    // An action not marked public is confidential, and so are the WGAD steps it carries.
    if (want('advocacy_action')) {
      const detail = joined(a.target, humanize(a.status), a.outcome);
      out.push(entriesOf('advocacy_actions', a, !a.public)('advocacy_action', a.date, ADVOCACY_LABEL[a.type], detail));
    }
    if (petition === null) continue;
    const at = entriesOf('wgad_petitions', { id: a.id, createdAt: a.createdAt, updatedAt: petition.updatedAt }, !a.public);
    for (const [kind, field, title] of WGAD_MILESTONES) {
      const date = petition[field];
      if (date === null || !want(kind)) continue;
      const detail = kind === 'wgad_opinion_adopted' ? joined(petition.opinionNumber, petition.session, humanize(petition.outcome)) : null;
      out.push(at(kind, date, title, detail));
    }
  }
  return out;
}

function caseEventEntries(ctx: ServiceContext, caseId: string, want: Wanted): Draft[] {
  return ctx.db
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), isNull(caseEvents.deletedAt)))
    .all()
    .filter((e) => want(e.kind))
    .map((e) => entriesOf('case_events', e, e.confidential)(e.kind, e.date, e.title, e.body));
}

function workEntries(ctx: ServiceContext, caseId: string, want: Wanted): Draft[] {
  const out: Draft[] = [];
  if (want('task')) {
    for (const t of ctx.db.select().from(tasks).where(and(eq(tasks.caseId, caseId), isNull(tasks.deletedAt))).all()) {
      // A done task is history on the day it was done; an open one sits at its due date.
      const at = entriesOf('tasks', t);
      if (t.doneAt === null) out.push(at('task', t.dueOn, t.title, `Due ${formatPartialDate(t.dueOn, 'en')}`));
      else out.push(at('task', t.doneAt.slice(0, 10), t.title, 'Done'));
    }
  }
  if (want('review')) {
    for (const r of ctx.db.select().from(reviews).where(and(eq(reviews.caseId, caseId), isNull(reviews.deletedAt))).all()) {
      const title = r.verdict === 'signed_off' ? 'Review: signed off' : 'Review: changes requested';
      out.push(entriesOf('reviews', r)('review', r.reviewedAt.slice(0, 10), title, r.comment));
    }
  }
  return out;
}

function chronological(a: TimelineEntry, b: TimelineEntry): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    const byDate = comparePartialDates(a.date, b.date);
    if (byDate !== 0) return byDate;
  }
  const byKind = (RANK.get(a.kind) ?? 0) - (RANK.get(b.kind) ?? 0);
  if (byKind !== 0) return byKind;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0;
}

export const timelineHandlers: HandlersFor<typeof timelineApi> = {
  'timeline.forCase': (ctx, input) => {
    const caseRow = requireCase(ctx, input.caseId);
    const kinds = input.kinds === undefined ? null : new Set<TimelineKind>(input.kinds);
    const want: Wanted = (...wanted) => kinds === null || wanted.some((k) => kinds.has(k));
    const redacts = redactsConfidential(ctx.user.role);
    const drafts = [
      ...caseEntries(ctx, caseRow, want),
      ...detentionEntries(ctx, caseRow.id, want),
      ...advocacyEntries(ctx, caseRow.id, want),
      ...caseEventEntries(ctx, caseRow.id, want),
      ...workEntries(ctx, caseRow.id, want),
    ];
    return drafts
      .map((d): TimelineEntry => {
        const redacted = redacts && d.confidential;
        // Case events carry free text in their titles; other titles are built from vocabulary.
        const title = redacted && d.recordTable === 'case_events' ? REDACTED_TITLE : d.title;
        const datePrecision = d.date === null ? null : precisionOf(d.date);
        return { ...d, title, detail: redacted ? null : d.detail, redacted, datePrecision };
      })
      .sort(chronological);
  },
};
