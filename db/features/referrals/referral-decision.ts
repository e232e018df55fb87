// Deciding a referral. Acceptance opens the case in the same transaction and turns the detention
// facts kept since intake into the case's first detention episode; a referral is decided only once.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';

import type { ServiceContext } from '../../backend/context';
import { conflict, notFound } from '../../backend/errors';
import type { DetentionFacts, referralDecisionInput } from '../../contract/referrals';
import { DETENTION_TYPES } from '../../../shared/vocabulary';
import { precisionOf } from '../../../shared/partial-date';
import { cases, charges, detentionEpisodes, referrals } from '../../schema';
import {
  auditChanges,
  CASEWORKER_ROLES,
  fieldInvalid,
  filledFields,
  requireColleague,
  requireNotFuture,
  SUPERVISOR_ROLES,
} from '../common/record-checks';
import { changesBetween, stamp } from '../common/records';
import { parsePendingCharges } from './pending-charges';
import { newCaseReference } from '../cases/case-reference';

type ReferralRow = typeof referrals.$inferSelect;
type DecisionInput = z.output<typeof referralDecisionInput>;

const SENSITIVE = ['decisionReason', 'pendingDetention', 'pendingCharges', 'summary', 'sourceDescription'] as const;
const STATUS_WORDS: Record<ReferralRow['status'], string> = {
  new: 'new',
  assessing: 'being assessed',
  accepted: 'accepted',
  declined: 'declined',
  referred_elsewhere: 'referred elsewhere',
};

/** Reads the detention facts kept on a referral as JSON; anything unreadable counts as none. */
export function parsePendingDetention(json: string | null): DetentionFacts | null {
  if (!json) return null;
  const v = JSON.parse(json) as Partial<DetentionFacts>;
  const type = DETENTION_TYPES.find((t) => t === v.detentionType);
  if (!type) return null;
  return {
    arrestDate: v.arrestDate ?? null,
    place: v.place ?? null,
    authority: v.authority ?? null,
    detentionType: type,
    facility: v.facility ?? null,
  };
}

interface Opening {
  openedOn: string;
  caseworkerId: string;
  supervisorId: string | null;
}

/** Opens the case for an accepted referral, with its first detention episode when facts were given. */
function openCase(ctx: ServiceContext, r: ReferralRow, opening: Opening): string {
  const open = ctx.db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.personId, r.personId), isNull(cases.deletedAt), inArray(cases.status, ['active', 'monitoring'])))
    .get();
  if (open) {
    throw conflict('This person already has an open case. Add the new facts to that case, or decline this referral as a duplicate.', {
      reason: 'person_has_open_case',
      caseId: open.id,
    });
  }
  const pendingCharges = parsePendingCharges(r.pendingCharges);
  // Charges belong to a detention episode. Named without detention facts, they get a pre-trial
  // episode with nothing else known (no dates), which the caseworker completes on the case file.
  const facts: DetentionFacts | null =
    parsePendingDetention(r.pendingDetention) ??
    (pendingCharges.length > 0 ? { arrestDate: null, place: null, authority: null, detentionType: 'pre_trial', facility: null } : null);
  const s = stamp(ctx);
  ctx.db
    .insert(cases)
    .values({
      ...s,
      personId: r.personId,
      referralId: r.id,
      countryCode: r.countryCode,
      openedOn: opening.openedOn,
      reference: newCaseReference(ctx.sqlite, r.countryCode, opening.openedOn),
      status: 'active',
      caseworkerId: opening.caseworkerId,
      supervisorId: opening.supervisorId,
      detentionStatus: facts ? 'detained' : 'not_detained',
      lastActivityAt: s.createdAt,
    })
    .run();
  ctx.audit({
    action: 'case.open',
    tableName: 'cases',
    recordId: s.id,
    changes: { referralId: r.id, personId: r.personId, countryCode: r.countryCode, ...opening },
  });
  if (facts) {
    const episode = stamp(ctx);
    ctx.db
      .insert(detentionEpisodes)
      .values({
        ...episode,
        caseId: s.id,
        personId: r.personId,
        arrestDate: facts.arrestDate,
        arrestDatePrecision: facts.arrestDate ? precisionOf(facts.arrestDate) : null,
        place: facts.place,
        authority: facts.authority,
        detentionType: facts.detentionType,
        facility: facts.facility,
      })
      .run();
    ctx.audit({
      action: 'detention.create',
      tableName: 'detention_episodes',
      recordId: episode.id,
      changes: { caseId: s.id, fromReferral: r.id, fields: filledFields({ ...facts }) },
    });
    for (const c of pendingCharges) {
      const row = {
        ...stamp(ctx),
        deletedAt: null,
        episodeId: episode.id,
        // The code may be unknown at intake; the charge's article is what was certain.
        code: c.code ?? '',
        article: c.article,
        text: c.text,
        category: c.category,
      };
      ctx.db.insert(charges).values(row).run();
      ctx.audit({ action: 'charge.create', tableName: 'charges', recordId: row.id, changes: { ...changesBetween({}, row), fromReferral: r.id } });
    }
  }
  return s.id;
}

/** Records the decision; returns the id of the case an acceptance opened, otherwise null. */
export function decideReferral(ctx: ServiceContext, input: DecisionInput): string | null {
  const before = ctx.db
    .select()
    .from(referrals)
    .where(and(eq(referrals.id, input.id), isNull(referrals.deletedAt)))
    .get();
  if (!before) throw notFound('The referral', { reason: 'referral_not_found' });
  if (before.status !== 'new' && before.status !== 'assessing') {
    throw conflict(`This referral was already ${STATUS_WORDS[before.status]} on ${before.decidedOn ?? 'an earlier date'}; it cannot be decided again.`, {
      reason: 'referral_already_decided',
      params: before.decidedOn === null ? { status: before.status } : { status: before.status, decidedOn: before.decidedOn },
      status: before.status,
      decidedOn: before.decidedOn,
    });
  }
  if (input.decision === 'assessing' && before.status === 'assessing') {
    throw conflict('This referral is already being assessed.', { reason: 'referral_already_assessing', status: before.status });
  }
  const final = input.decision !== 'assessing';
  const decidedOn = input.decidedOn ?? ctx.today();
  if (final) {
    requireNotFuture(ctx, decidedOn, 'decidedOn');
    if (decidedOn < before.receivedOn) {
      throw fieldInvalid('decidedOn', `The decision cannot come before the referral arrived (${before.receivedOn})`, 'before_received', { date: before.receivedOn });
    }
  }
  const caseworkerId = input.caseworkerId ?? ctx.user.id;
  requireColleague(ctx, caseworkerId, CASEWORKER_ROLES, 'caseworkerId');
  if (input.supervisorId) {
    if (input.decision !== 'accepted') throw fieldInvalid('supervisorId', 'A supervisor is chosen when a case opens, on acceptance', 'supervisor_on_accept');
    requireColleague(ctx, input.supervisorId, SUPERVISOR_ROLES, 'supervisorId');
  }

  const set: Partial<typeof referrals.$inferInsert> = {
    status: input.decision,
    assignedTo: caseworkerId,
    decisionReason: input.reason ?? null,
    updatedAt: ctx.now(),
  };
  if (final) set.decidedOn = decidedOn;
  let caseId: string | null = null;
  if (input.decision === 'accepted') {
    caseId = openCase(ctx, before, { openedOn: decidedOn, caseworkerId, supervisorId: input.supervisorId ?? null });
    // The facts now live in the detention episode; keeping a second copy would let them drift apart.
    set.pendingDetention = null;
    set.pendingCharges = null;
  }
  ctx.db.update(referrals).set(set).where(eq(referrals.id, input.id)).run();
  const after = { ...before, ...set };
  ctx.audit({
    action: 'referral.decide',
    tableName: 'referrals',
    recordId: input.id,
    changes: { ...auditChanges(before, after, SENSITIVE), caseId },
  });
  return caseId;
}
