// Advocacy actions on a case and, for WGAD petitions and urgent appeals, the procedure's dates.
// The WGAD due dates follow from settings (wgadDates in db/features/tasks/deadlines.ts) and are stored so
// reports and reminders agree; recomputeWgadDeadlines re-derives them after the settings change.
import { and, asc, eq, getTableColumns, isNull, ne } from 'drizzle-orm';

import type { ServiceContext } from '../../backend/context';
import { fieldDetails, invalid, notFound } from '../../backend/errors';
import type { HandlersFor } from '../../backend/handler-map';
import { type AdvocacyAction, type advocacyApi, type WgadPetition, type WgadFieldsInput, type WgadRecomputeResult, WGAD_TYPES } from '../../contract/advocacy';
import { type AdvocacyType, WGAD_CATEGORIES, type WgadCategory } from '../../../shared/vocabulary';
import { wgadDates } from '../tasks/deadlines';
import { advocacyActions, referrals, wgadPetitions } from '../../schema';
import { requireCase } from '../detention/detention';
import { definedFields } from '../common/patch';
import { changesBetween, stamp, touchCase } from '../common/records';

type ActionRow = typeof advocacyActions.$inferSelect;
type PetitionRow = typeof wgadPetitions.$inferSelect;

const isWgad = (type: AdvocacyType): boolean => WGAD_TYPES.includes(type);

function parseCategories(json: string): WgadCategory[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? WGAD_CATEGORIES.filter((c) => parsed.includes(c)) : [];
}

function parseCategoryFacts(json: string): Partial<Record<WgadCategory, string>> {
  const parsed: unknown = JSON.parse(json);
  if (parsed === null || typeof parsed !== 'object') return {};
  const facts = parsed as Record<string, unknown>;
  return Object.fromEntries(WGAD_CATEGORIES.flatMap((c) => (typeof facts[c] === 'string' && facts[c] !== '' ? [[c, facts[c]]] : [])));
}

function toPetition(row: PetitionRow): WgadPetition {
  const { actionId: _actionId, categories, categoryFacts, ...petition } = row;
  return { ...petition, categories: parseCategories(categories), categoryFacts: parseCategoryFacts(categoryFacts) };
}

/** The petition columns a create or update input sets, the two lists as their stored JSON. */
function petitionPatch(wgad: WgadFieldsInput | undefined): Partial<PetitionRow> {
  const { categories, categoryFacts, ...dates } = definedFields(wgad ?? {});
  return {
    ...dates,
    ...(categories ? { categories: JSON.stringify(categories) } : {}),
    ...(categoryFacts ? { categoryFacts: JSON.stringify(categoryFacts) } : {}),
  };
}

function toAction(row: ActionRow, petition: PetitionRow | null): AdvocacyAction {
  const { deletedAt: _deleted, ...action } = row;
  return { ...action, wgad: petition === null ? null : toPetition(petition) };
}

function blankPetition(actionId: string, now: string): PetitionRow {
  return {
    actionId,
    submittedOn: null,
    transmittedOn: null,
    replyDue: null,
    replyReceivedOn: null,
    sourceCommentsDue: null,
    sourceCommentsSentOn: null,
    opinionAdoptedOn: null,
    session: null,
    opinionNumber: null,
    categories: '[]',
    categoryFacts: '{}',
    outcome: 'pending',
    followUpDue: null,
    updatedAt: now,
  };
}

function withDerivedDates(ctx: ServiceContext, petition: PetitionRow): PetitionRow {
  return { ...petition, ...wgadDates(petition, ctx.settings.all()) };
}

// Each step of the procedure follows the one before; only stated dates can be out of order.
const WGAD_ORDER: Array<[keyof PetitionRow, keyof PetitionRow, string]> = [
  ['submittedOn', 'transmittedOn', 'transmission to the government'],
  ['transmittedOn', 'replyReceivedOn', 'government reply'],
  ['replyReceivedOn', 'sourceCommentsSentOn', 'source comments'],
  ['submittedOn', 'opinionAdoptedOn', 'opinion'],
];

function checkWgadOrder(petition: PetitionRow): void {
  for (const [before, after, label] of WGAD_ORDER) {
    const a = petition[before];
    const b = petition[after];
    if (typeof a === 'string' && typeof b === 'string' && b < a) {
      throw invalid(`The ${label} (${b}) cannot come before ${before === 'submittedOn' ? 'the submission' : 'the previous step'} (${a}).`, {
        reason: 'wgad_out_of_order',
        params: { step: after, date: b, previousDate: a },
        ...fieldDetails({ [`wgad.${after}`]: ['Out of order', 'out_of_order', { date: a }] }),
      });
    }
  }
}

/** Public advocacy without the family's consent can endanger the detainee. */
function checkConsent(ctx: ServiceContext, referralId: string | null, isPublic: boolean): void {
  if (!isPublic || referralId === null) return;
  const referral = ctx.db.select({ consent: referrals.consent }).from(referrals).where(eq(referrals.id, referralId)).get();
  if (referral && referral.consent !== 'public') {
    throw invalid('The referral records no consent to public advocacy. Record the consent first, or keep this action confidential.', {
      reason: 'no_public_consent',
      ...fieldDetails({ public: ['No consent to public advocacy', 'no_public_consent'] }),
    });
  }
}

function checkWgadFieldsAllowed(type: AdvocacyType, hasWgadFields: boolean): void {
  if (hasWgadFields && !isWgad(type)) {
    throw invalid('WGAD fields belong only to WGAD petitions and urgent appeals.', { reason: 'not_wgad_action', ...fieldDetails({ wgad: ['Not a WGAD action', 'not_wgad'] }) });
  }
}

function petitionFor(ctx: ServiceContext, actionId: string): PetitionRow | null {
  return ctx.db.select().from(wgadPetitions).where(eq(wgadPetitions.actionId, actionId)).get() ?? null;
}

function requireAction(ctx: ServiceContext, actionId: string): ActionRow {
  const row = ctx.db
    .select()
    .from(advocacyActions)
    .where(and(eq(advocacyActions.id, actionId), isNull(advocacyActions.deletedAt)))
    .get();
  if (!row) throw notFound('The advocacy action', { reason: 'advocacy_not_found' });
  return row;
}

/** One audit change list for an action and its petition, the petition's fields under "wgad.". */
function actionChanges(before: ActionRow | null, after: ActionRow, petitionBefore: PetitionRow | null, petitionAfter: PetitionRow | null) {
  const changes: Record<string, [unknown, unknown]> = changesBetween(before ?? {}, after);
  if (petitionAfter !== null) {
    for (const [key, change] of Object.entries(changesBetween(petitionBefore ?? {}, petitionAfter))) {
      if (key !== 'actionId') changes[`wgad.${key}`] = change;
    }
  }
  return changes;
}

/**
 * Re-derives the due dates of every petition the WGAD has not filed, from the current settings.
 * Exported so settings.update can run it in its own transaction. It does not touch the cases:
 * a settings change is not activity on them and must not reset their "no action for N days" clock.
 */
export function recomputeWgadDeadlines(ctx: ServiceContext): WgadRecomputeResult {
  const open = ctx.db
    .select(getTableColumns(wgadPetitions))
    .from(wgadPetitions)
    .innerJoin(advocacyActions, eq(advocacyActions.id, wgadPetitions.actionId))
    .where(and(isNull(advocacyActions.deletedAt), ne(wgadPetitions.outcome, 'filed')))
    .all();
  let changed = 0;
  const now = ctx.now();
  for (const petition of open) {
    const derived = withDerivedDates(ctx, petition);
    const changes = changesBetween(petition, derived);
    if (Object.keys(changes).length === 0) continue;
    changed += 1;
    const { replyDue, sourceCommentsDue, followUpDue } = derived;
    const derivedDates = { replyDue, sourceCommentsDue, followUpDue, updatedAt: now };
    ctx.db.update(wgadPetitions).set(derivedDates).where(eq(wgadPetitions.actionId, petition.actionId)).run();
    ctx.audit({ action: 'wgad.recompute', tableName: 'wgad_petitions', recordId: petition.actionId, changes });
  }
  const { wgadReplyDays, wgadSourceCommentsDays, wgadFollowUpDays } = ctx.settings.all();
  ctx.audit({
    action: 'wgad.recomputeAll',
    tableName: 'wgad_petitions',
    changes: { checked: open.length, changed, settings: { wgadReplyDays, wgadSourceCommentsDays, wgadFollowUpDays } },
  });
  return { checked: open.length, changed };
}

type AdvocacyMethods = typeof advocacyApi;

export const advocacyHandlers: HandlersFor<AdvocacyMethods> = {
  'advocacy.create': (ctx, input) => {
    const caseRow = requireCase(ctx, input.caseId);
    checkWgadFieldsAllowed(input.type, input.wgad !== undefined);
    checkConsent(ctx, caseRow.referralId, input.public);
    const row: ActionRow = {
      ...stamp(ctx),
      deletedAt: null,
      caseId: caseRow.id,
      type: input.type,
      date: input.date,
      target: input.target ?? null,
      status: input.status,
      response: input.response ?? null,
      outcome: input.outcome ?? null,
      followUpDue: input.followUpDue ?? null,
      public: input.public,
    };
    let petition: PetitionRow | null = null;
    if (isWgad(input.type)) {
      petition = withDerivedDates(ctx, { ...blankPetition(row.id, row.createdAt), ...petitionPatch(input.wgad) });
      checkWgadOrder(petition);
    }
    ctx.db.insert(advocacyActions).values(row).run();
    if (petition !== null) ctx.db.insert(wgadPetitions).values(petition).run();
    ctx.audit({ action: 'advocacy.create', tableName: 'advocacy_actions', recordId: row.id, changes: actionChanges(null, row, null, petition) });
    touchCase(ctx, row.caseId);
    return toAction(row, petition);
  },

  'advocacy.update': (ctx, input) => {
    const before = requireAction(ctx, input.id);
    const { id: _id, wgad, ...patch } = definedFields(input);
    const after: ActionRow = { ...before, ...patch, updatedAt: ctx.now() };
    if (isWgad(before.type) !== isWgad(after.type)) {
      throw invalid('A WGAD action cannot become another kind of action, or the other way round. Record a new action instead.', {
        reason: 'wgad_type_fixed',
        ...fieldDetails({ type: ['Cannot change', 'cannot_change'] }),
      });
    }
    checkWgadFieldsAllowed(after.type, wgad !== undefined);
    if (after.public && !before.public) checkConsent(ctx, requireCase(ctx, before.caseId).referralId, true);
    const petitionBefore = isWgad(after.type) ? petitionFor(ctx, before.id) : null;
    let petitionAfter: PetitionRow | null = null;
    if (isWgad(after.type)) {
      petitionAfter = withDerivedDates(ctx, {
        ...(petitionBefore ?? blankPetition(before.id, after.updatedAt)),
        ...petitionPatch(wgad),
        updatedAt: after.updatedAt,
      });
      checkWgadOrder(petitionAfter);
    }
    ctx.db.update(advocacyActions).set(after).where(eq(advocacyActions.id, after.id)).run();
    if (petitionAfter !== null) {
      if (petitionBefore === null) ctx.db.insert(wgadPetitions).values(petitionAfter).run();
      else ctx.db.update(wgadPetitions).set(petitionAfter).where(eq(wgadPetitions.actionId, after.id)).run();
    }
    ctx.audit({
      action: 'advocacy.update',
      tableName: 'advocacy_actions',
      recordId: after.id,
      changes: actionChanges(before, after, petitionBefore, petitionAfter),
    });
    touchCase(ctx, after.caseId);
    return toAction(after, petitionAfter);
  },

  'advocacy.delete': (ctx, input) => {
    const action = requireAction(ctx, input.id);
    const now = ctx.now();
    // The petition row has no deletion mark of its own: every reader joins through the action.
    ctx.db.update(advocacyActions).set({ deletedAt: now, updatedAt: now }).where(eq(advocacyActions.id, action.id)).run();
    ctx.audit({ action: 'advocacy.delete', tableName: 'advocacy_actions', recordId: action.id, changes: { deletedAt: [null, now] } });
    touchCase(ctx, action.caseId);
    return { id: action.id };
  },

  'advocacy.list': (ctx, input) => {
    requireCase(ctx, input.caseId);
    return ctx.db
      .select({ action: getTableColumns(advocacyActions), petition: getTableColumns(wgadPetitions) })
      .from(advocacyActions)
      .leftJoin(wgadPetitions, eq(wgadPetitions.actionId, advocacyActions.id))
      .where(and(eq(advocacyActions.caseId, input.caseId), isNull(advocacyActions.deletedAt)))
      .orderBy(asc(advocacyActions.date), asc(advocacyActions.createdAt), asc(advocacyActions.id))
      .all()
      .map(({ action, petition }) => toAction(action, petition));
  },

  'advocacy.recomputeWgadDeadlines': (ctx) => recomputeWgadDeadlines(ctx),
};
