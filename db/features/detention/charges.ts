// Charges brought within a detention episode: criminal code, article, wording and category.
import { and, asc, eq, isNull } from 'drizzle-orm';

import type { ServiceContext } from '../../backend/context';
import { notFound } from '../../backend/errors';
import type { HandlersFor } from '../../backend/handler-map';
import type { Charge, detentionApi } from '../../contract/detention';
import { charges } from '../../schema';
import { requireEpisode } from './detention';
import { definedFields } from '../common/patch';
import { changesBetween, stamp, touchCase } from '../common/records';

type ChargeRow = typeof charges.$inferSelect;
type ChargeMethods = Pick<typeof detentionApi, 'charges.create' | 'charges.update' | 'charges.delete' | 'charges.list'>;

function toCharge(row: ChargeRow): Charge {
  const { deletedAt: _deleted, ...charge } = row;
  return charge;
}

function requireCharge(ctx: ServiceContext, chargeId: string): ChargeRow {
  const row = ctx.db
    .select()
    .from(charges)
    .where(and(eq(charges.id, chargeId), isNull(charges.deletedAt)))
    .get();
  if (!row) throw notFound('The charge', { reason: 'charge_not_found' });
  return row;
}

export const chargeHandlers: HandlersFor<ChargeMethods> = {
  'charges.create': (ctx, input) => {
    const episode = requireEpisode(ctx, input.episodeId);
    const row: ChargeRow = {
      ...stamp(ctx),
      deletedAt: null,
      episodeId: episode.id,
      code: input.code,
      article: input.article,
      text: input.text ?? null,
      category: input.category,
    };
    ctx.db.insert(charges).values(row).run();
    ctx.audit({ action: 'charge.create', tableName: 'charges', recordId: row.id, changes: changesBetween({}, row) });
    touchCase(ctx, episode.caseId);
    return toCharge(row);
  },

  'charges.update': (ctx, input) => {
    const before = requireCharge(ctx, input.id);
    const episode = requireEpisode(ctx, before.episodeId);
    const { id: _id, ...patch } = definedFields(input);
    const after: ChargeRow = { ...before, ...patch, updatedAt: ctx.now() };
    ctx.db.update(charges).set(after).where(eq(charges.id, after.id)).run();
    ctx.audit({ action: 'charge.update', tableName: 'charges', recordId: after.id, changes: changesBetween(before, after) });
    touchCase(ctx, episode.caseId);
    return toCharge(after);
  },

  'charges.delete': (ctx, input) => {
    const charge = requireCharge(ctx, input.id);
    const episode = requireEpisode(ctx, charge.episodeId);
    const now = ctx.now();
    ctx.db.update(charges).set({ deletedAt: now, updatedAt: now }).where(eq(charges.id, charge.id)).run();
    ctx.audit({ action: 'charge.delete', tableName: 'charges', recordId: charge.id, changes: { deletedAt: [null, now] } });
    touchCase(ctx, episode.caseId);
    return { id: charge.id };
  },

  'charges.list': (ctx, input) => {
    requireEpisode(ctx, input.episodeId);
    return ctx.db
      .select()
      .from(charges)
      .where(and(eq(charges.episodeId, input.episodeId), isNull(charges.deletedAt)))
      .orderBy(asc(charges.createdAt), asc(charges.id))
      .all()
      .map(toCharge);
  },
};
