// Referrals: logging one the day it arrives (with a new or known person and any first detention
// facts), the triage list, editing while undecided. Decisions live in referral-decision.ts.
import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';

import type { ServiceContext } from '../../backend/context';
import { conflict, notFound } from '../../backend/errors';
import type { HandlersFor } from '../../backend/handler-map';
import { FIELD_MESSAGES } from '../../contract/core';
import type { NewPersonInput } from '../../contract/people';
import type { DetentionFacts, Referral, ReferralSummary, detentionFactsInput, referralsApi } from '../../contract/referrals';
import { parsePendingCharges, pendingChargesJson } from './pending-charges';
import { people, referrals, users } from '../../schema';
import { insertContact, requireContact } from '../people/contacts';
import { insertPerson, requirePersonRow, touchCasesOfPerson } from '../people/people';
import { auditChanges, fieldInvalid, filledFields, requireCountry, requireNotFuture, requirePartialNotFuture } from '../common/record-checks';
import { stamp } from '../common/records';
import { nameGuard, personIsVisible, personVisible, type NameGuard } from '../common/visibility';
import { withholdName } from '../common/withheld-names';
import { decideReferral, parsePendingDetention } from './referral-decision';

type DetentionFactsInput = z.output<typeof detentionFactsInput>;

const SENSITIVE = ['sourceDescription', 'summary', 'pendingDetention', 'pendingCharges'] as const;

/** Checks the facts and turns them into the JSON kept on the referral until a case opens. */
function pendingDetentionJson(ctx: ServiceContext, facts: DetentionFactsInput): string {
  if (facts.arrestDate) requirePartialNotFuture(ctx, facts.arrestDate, 'detention.arrestDate');
  const stored: DetentionFacts = {
    arrestDate: facts.arrestDate ?? null,
    place: facts.place ?? null,
    authority: facts.authority ?? null,
    detentionType: facts.detentionType,
    facility: facts.facility ?? null,
  };
  return JSON.stringify(stored);
}

// The case opened from a referral; looked up through the person so the cases_person_idx index serves it.
const caseIdOfReferral = sql<string | null>`(SELECT c.id FROM cases c WHERE c.person_id = ${referrals.personId}
  AND c.referral_id = ${referrals.id} AND c.deleted_at IS NULL LIMIT 1)`;
const caseReferenceOfReferral = sql<string | null>`(SELECT c.reference FROM cases c WHERE c.person_id = ${referrals.personId}
  AND c.referral_id = ${referrals.id} AND c.deleted_at IS NULL LIMIT 1)`;

const summaryColumns = {
  id: referrals.id,
  receivedOn: referrals.receivedOn,
  channel: referrals.channel,
  personId: referrals.personId,
  personName: people.name,
  confidentiality: people.confidentiality,
  countryCode: referrals.countryCode,
  urgency: referrals.urgency,
  consent: referrals.consent,
  status: referrals.status,
  decidedOn: referrals.decidedOn,
  assignedTo: referrals.assignedTo,
  assignedToName: users.displayName,
  caseId: caseIdOfReferral,
  caseReference: caseReferenceOfReferral,
  summaryExcerpt: sql<string | null>`substr(${referrals.summary}, 1, 200)`,
};

function toSummary(row: { confidentiality: string } & Omit<ReferralSummary, 'personConfidential'>, guard: NameGuard): ReferralSummary {
  const { confidentiality, ...rest } = row;
  const personConfidential = confidentiality === 'confidential';
  const shown = withholdName({ ...rest, personConfidential }, guard, rest.personId, personConfidential);
  // The summary tells the story in the referrer's words, name included: withheld with the name.
  return shown.personNameWithheld === undefined ? shown : { ...shown, summaryExcerpt: null };
}

/** A live referral with names joined; the source is hidden from staff, who never see contacts. */
export function loadReferral(ctx: ServiceContext, id: string): Referral {
  const row = ctx.db
    .select({ ...summaryColumns, r: referrals })
    .from(referrals)
    .innerJoin(people, eq(people.id, referrals.personId))
    .leftJoin(users, eq(users.id, referrals.assignedTo))
    .where(and(eq(referrals.id, id), isNull(referrals.deletedAt)))
    .get();
  if (!row) throw notFound('The referral', { reason: 'referral_not_found' });
  const { r, ...summary } = row;
  const masked = ctx.user.role === 'staff';
  const shown = toSummary(summary, nameGuard(ctx));
  const withheld = shown.personNameWithheld !== undefined;
  return {
    ...shown,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    sourceContactId: masked ? null : r.sourceContactId,
    sourceDescription: masked ? null : r.sourceDescription,
    sourceWithheld: r.sourceWithheld,
    sourceMasked: masked,
    summary: withheld ? null : r.summary,
    decisionReason: r.decisionReason,
    createdBy: r.createdBy,
    pendingDetention: parsePendingDetention(r.pendingDetention),
    pendingCharges: parsePendingCharges(r.pendingCharges),
  };
}

function requireReferralRow(ctx: ServiceContext, id: string): typeof referrals.$inferSelect {
  const row = ctx.db
    .select()
    .from(referrals)
    .where(and(eq(referrals.id, id), isNull(referrals.deletedAt)))
    .get();
  if (!row) throw notFound('The referral', { reason: 'referral_not_found' });
  return row;
}

/** The referral's person: a new one created now, or one already on file. */
function resolvePersonId(ctx: ServiceContext, input: { personId?: string | undefined; person?: NewPersonInput | undefined }): string {
  if (input.person) return insertPerson(ctx, input.person).id;
  if (input.personId) return requirePersonRow(ctx, input.personId).id;
  throw fieldInvalid('person', FIELD_MESSAGES.choose_person, 'choose_person');
}

// Urgent first; within one urgency the longest-waiting referral first, as triage needs.
const urgencyRank = sql`CASE ${referrals.urgency} WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END`;

export const referralsHandlers: HandlersFor<typeof referralsApi> = {
  'referrals.create': (ctx, input) => {
    requireNotFuture(ctx, input.receivedOn, 'receivedOn');
    requireCountry(ctx, input.countryCode, 'countryCode');
    if (input.sourceContactId) requireContact(ctx, input.sourceContactId);
    const pendingDetention = input.detention ? pendingDetentionJson(ctx, input.detention) : null;
    const personId = resolvePersonId(ctx, input);
    const sourceContactId = input.sourceContact ? insertContact(ctx, personId, input.sourceContact).id : (input.sourceContactId ?? null);
    const s = stamp(ctx);
    ctx.db
      .insert(referrals)
      .values({
        ...s,
        receivedOn: input.receivedOn,
        channel: input.channel,
        sourceContactId,
        sourceDescription: input.sourceDescription ?? null,
        sourceWithheld: input.sourceWithheld,
        personId,
        countryCode: input.countryCode,
        summary: input.summary ?? null,
        urgency: input.urgency,
        consent: input.consent,
        status: 'new',
        createdBy: ctx.user.id,
        pendingDetention,
        pendingCharges: pendingChargesJson(input.charges),
      })
      .run();
    ctx.audit({
      action: 'referral.create',
      tableName: 'referrals',
      recordId: s.id,
      changes: {
        personId,
        newPerson: input.person !== undefined,
        fields: filledFields(input).filter((f) => f !== 'person' && f !== 'sourceContact'),
      },
    });
    // A new referral about someone with a case on file is news for that case.
    touchCasesOfPerson(ctx, personId);
    return loadReferral(ctx, s.id);
  },

  'referrals.list': (ctx, input) => {
    const filters: SQL[] = [isNull(referrals.deletedAt), inArray(referrals.status, input.status), personVisible(ctx, '"referrals"."person_id"')];
    if (input.countryCode) filters.push(eq(referrals.countryCode, input.countryCode));
    if (input.urgency) filters.push(inArray(referrals.urgency, input.urgency));
    if (input.personId) filters.push(eq(referrals.personId, input.personId));
    const where = and(...filters);
    const rows = ctx.db
      .select(summaryColumns)
      .from(referrals)
      .innerJoin(people, eq(people.id, referrals.personId))
      .leftJoin(users, eq(users.id, referrals.assignedTo))
      .where(where)
      .orderBy(urgencyRank, asc(referrals.receivedOn), asc(referrals.id))
      .limit(input.limit)
      .offset(input.offset)
      .all();
    const total = ctx.db.select({ n: sql<number>`count(*)` }).from(referrals).where(where).get()?.n ?? 0;
    const guard = nameGuard(ctx);
    return { rows: rows.map((row) => toSummary(row, guard)), total };
  },

  'referrals.get': (ctx, input) => {
    const referral = loadReferral(ctx, input.id);
    // A referral whose person is reachable only through cases hidden from the caller is hidden too.
    if (!personIsVisible(ctx, referral.personId)) throw notFound('The referral', { reason: 'referral_not_found' });
    return referral;
  },

  'referrals.update': (ctx, input) => {
    const before = requireReferralRow(ctx, input.id);
    if (before.status !== 'new' && before.status !== 'assessing') {
      throw conflict(`This referral was already decided (${before.status.replace('_', ' ')}); it can no longer be edited.`, {
        reason: 'referral_decided_no_edit',
        params: { status: before.status },
        status: before.status,
      });
    }
    if (input.receivedOn !== undefined) requireNotFuture(ctx, input.receivedOn, 'receivedOn');
    if (input.countryCode !== undefined) requireCountry(ctx, input.countryCode, 'countryCode');
    if (input.sourceContactId) requireContact(ctx, input.sourceContactId);
    const set: Partial<typeof referrals.$inferInsert> = { updatedAt: ctx.now() };
    if (input.receivedOn !== undefined) set.receivedOn = input.receivedOn;
    if (input.channel !== undefined) set.channel = input.channel;
    if (input.sourceContactId !== undefined) set.sourceContactId = input.sourceContactId;
    if (input.sourceDescription !== undefined) set.sourceDescription = input.sourceDescription;
    if (input.sourceWithheld !== undefined) set.sourceWithheld = input.sourceWithheld;
    if (input.countryCode !== undefined) set.countryCode = input.countryCode;
    if (input.summary !== undefined) set.summary = input.summary;
    if (input.urgency !== undefined) set.urgency = input.urgency;
    if (input.consent !== undefined) set.consent = input.consent;
    if (input.detention !== undefined) set.pendingDetention = input.detention ? pendingDetentionJson(ctx, input.detention) : null;
    if (input.charges !== undefined) set.pendingCharges = pendingChargesJson(input.charges);
    ctx.db.update(referrals).set(set).where(eq(referrals.id, input.id)).run();
    const after = requireReferralRow(ctx, input.id);
    ctx.audit({ action: 'referral.update', tableName: 'referrals', recordId: input.id, changes: auditChanges(before, after, SENSITIVE) });
    return loadReferral(ctx, input.id);
  },

  'referrals.decide': (ctx, input) => {
    const caseId = decideReferral(ctx, input);
    return { referral: loadReferral(ctx, input.id), caseId };
  },
};
