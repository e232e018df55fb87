// A case's timeline: every dated thing on the case in one list, ordered by comparePartialDates so
// "March 2021" sits before the days of March; ties by kind, then by when the record was entered.
// One query per table, and none for a table whose kinds were filtered out. Entries carry facts
// (vocabulary keys, numbers, typed text); the words are made where they are shown.
import { and, eq, getTableColumns, isNull } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

import type { ServiceContext } from '../../backend/context';
import type { HandlersFor } from '../../backend/handler-map';
import {
  type SentenceTerm,
  TIMELINE_KINDS,
  type TimelineEntry,
  type TimelineFacts,
  type TimelineKind,
  type timelineApi,
  type TimelineTable,
  type WgadMilestoneKind,
} from '../../contract/timeline';
import { comparePartialDates, precisionOf } from '../../../shared/partial-date';
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
} from '../../schema';
import { redactsConfidential } from '../cases/case-events';
import { requireCase } from '../detention/detention';

type Draft = Omit<TimelineEntry, 'datePrecision' | 'redacted' | 'facts'> & { facts: TimelineFacts };
type Wanted = (...kinds: TimelineKind[]) => boolean;

const RANK = new Map<TimelineKind, number>(TIMELINE_KINDS.map((kind, i) => [kind, i]));

interface SourceRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** Entries for one stored record: they share its table, id, timestamps and confidentiality. */
function entriesOf(table: TimelineTable, record: SourceRecord, confidential = false) {
  return (date: string | null, facts: TimelineFacts): Draft => ({
    kind: facts.kind,
    date,
    facts,
    recordTable: table,
    recordId: record.id,
    confidential,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  });
}

const termOf = (s: SentenceTerm): SentenceTerm => ({ years: s.years, months: s.months, days: s.days, life: s.life });

function caseEntries(ctx: ServiceContext, caseRow: ReturnType<typeof requireCase>, want: Wanted, redacts: boolean): Draft[] {
  const out: Draft[] = [];
  if (want('referral_received') && caseRow.referralId !== null) {
    const referral = ctx.db.select().from(referrals).where(eq(referrals.id, caseRow.referralId)).get();
    if (referral) {
      // The summary tells the story in the referrer's words, names included: kept from staff, as the
      // referral itself keeps it from those who may not see the person's name.
      const summary = redacts ? null : referral.summary;
      const facts = { kind: 'referral_received', channel: referral.channel, urgency: referral.urgency, summary } as const;
      out.push(entriesOf('referrals', referral)(referral.receivedOn, facts));
    }
  }
  const at = entriesOf('cases', caseRow);
  if (want('case_opened')) out.push(at(caseRow.openedOn, { kind: 'case_opened' }));
  if (want('case_closed') && caseRow.closedOn !== null) {
    out.push(at(caseRow.closedOn, { kind: 'case_closed', closingReason: caseRow.closingReason }));
  }
  return out;
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
    if (want('arrest')) {
      out.push(at(e.arrestDate, { kind: 'arrest', detentionType: e.detentionType, place: e.place, authority: e.authority, facility: e.facility }));
    }
    if (want('release') && e.releaseDate !== null) out.push(at(e.releaseDate, { kind: 'release', releaseReason: e.releaseReason }));
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
      const facts = { kind: 'charge', code: c.code, article: c.article, description: c.text } as const;
      out.push(entriesOf('charges', c)(arrestOf.get(c.episodeId) ?? null, facts));
    }
  }
  if (want('court_event')) {
    const rows = ctx.db
      .select(getTableColumns(courtEvents))
      .from(courtEvents)
      .innerJoin(detentionEpisodes, inCase(courtEvents.episodeId))
      .where(isNull(courtEvents.deletedAt))
      .all();
    for (const c of rows) {
      out.push(entriesOf('court_events', c)(c.date, { kind: 'court_event', courtEventKind: c.kind, court: c.court, outcome: c.outcome }));
    }
  }
  if (want('observation')) {
    const rows = ctx.db
      .select(getTableColumns(detentionObservations))
      .from(detentionObservations)
      .innerJoin(detentionEpisodes, inCase(detentionObservations.episodeId))
      .where(isNull(detentionObservations.deletedAt))
      .all();
    for (const o of rows) {
      out.push(entriesOf('detention_observations', o)(o.observedOn, { kind: 'observation', source: o.source, note: o.note }));
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
      if (want('sentence')) out.push(at(s.handedDownOn ?? s.startDate, { kind: 'sentence', change: s.change, sentenceType: s.type, term: termOf(s) }));
      // Only the sentence in force promises a release; superseded ones would contradict it.
      if (want('expected_release') && s.supersededById === null && s.expectedRelease !== null) {
        out.push(at(s.expectedRelease, { kind: 'expected_release', term: termOf(s) }));
      }
    }
  }
  return out;
}

type MilestoneField = 'submittedOn' | 'transmittedOn' | 'replyDue' | 'replyReceivedOn' | 'sourceCommentsSentOn' | 'opinionAdoptedOn' | 'followUpDue';
const WGAD_MILESTONES: Array<[WgadMilestoneKind, MilestoneField]> = [
  ['wgad_submitted', 'submittedOn'],
  ['wgad_transmitted', 'transmittedOn'],
  ['wgad_reply_due', 'replyDue'],
  ['wgad_reply_received', 'replyReceivedOn'],
  ['wgad_source_comments_sent', 'sourceCommentsSentOn'],
  ['wgad_opinion_adopted', 'opinionAdoptedOn'],
  ['wgad_follow_up_due', 'followUpDue'],
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
      const facts = { kind: 'advocacy_action', advocacyType: a.type, target: a.target, status: a.status, outcome: a.outcome } as const;
      out.push(entriesOf('advocacy_actions', a, !a.public)(a.date, facts));
    }
    if (petition === null) continue;
    const at = entriesOf('wgad_petitions', { id: a.id, createdAt: a.createdAt, updatedAt: petition.updatedAt }, !a.public);
    for (const [kind, field] of WGAD_MILESTONES) {
      const date = petition[field];
      if (date === null || !want(kind)) continue;
      if (kind === 'wgad_opinion_adopted') {
        out.push(at(date, { kind, opinionNumber: petition.opinionNumber, session: petition.session, outcome: petition.outcome }));
      } else {
        out.push(at(date, { kind }));
      }
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
    .map((e) => entriesOf('case_events', e, e.confidential)(e.date, { kind: e.kind, title: e.title, body: e.body }));
}

function workEntries(ctx: ServiceContext, caseId: string, want: Wanted): Draft[] {
  const out: Draft[] = [];
  if (want('task')) {
    for (const t of ctx.db.select().from(tasks).where(and(eq(tasks.caseId, caseId), isNull(tasks.deletedAt))).all()) {
      // A done task is history on the day it was done; an open one sits at its due date.
      const date = t.doneAt === null ? t.dueOn : t.doneAt.slice(0, 10);
      out.push(entriesOf('tasks', t)(date, { kind: 'task', title: t.title, dueOn: t.dueOn, done: t.doneAt !== null }));
    }
  }
  if (want('review')) {
    for (const r of ctx.db.select().from(reviews).where(and(eq(reviews.caseId, caseId), isNull(reviews.deletedAt))).all()) {
      out.push(entriesOf('reviews', r)(r.reviewedAt.slice(0, 10), { kind: 'review', verdict: r.verdict, comment: r.comment }));
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
      ...caseEntries(ctx, caseRow, want, redacts),
      ...detentionEntries(ctx, caseRow.id, want),
      ...advocacyEntries(ctx, caseRow.id, want),
      ...caseEventEntries(ctx, caseRow.id, want),
      ...workEntries(ctx, caseRow.id, want),
    ];
    return drafts
      .map((d): TimelineEntry => {
        const redacted = redacts && d.confidential;
        const datePrecision = d.date === null ? null : precisionOf(d.date);
        return { ...d, facts: redacted ? null : d.facts, redacted, datePrecision };
      })
      .sort(chronological);
  },
};
