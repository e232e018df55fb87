// Autosaved drafts: one per user and form, replaced on every save, removed once submitted.
import { and, eq } from 'drizzle-orm';

import type { HandlersFor } from '../../backend/handler-map';
import type { draftsApi } from '../../contract/drafts';
import { drafts } from '../../schema';

export const draftsHandlers: HandlersFor<typeof draftsApi> = {
  'drafts.get': (ctx, input) => {
    const row = ctx.db
      .select()
      .from(drafts)
      .where(and(eq(drafts.userId, ctx.user.id), eq(drafts.formKey, input.formKey)))
      .get();
    return row ? { formKey: row.formKey, data: JSON.parse(row.data) as unknown, updatedAt: row.updatedAt } : null;
  },
  'drafts.save': (ctx, input) => {
    const updatedAt = ctx.now();
    const data = JSON.stringify(input.data ?? null);
    ctx.db
      .insert(drafts)
      .values({ userId: ctx.user.id, formKey: input.formKey, data, updatedAt })
      .onConflictDoUpdate({ target: [drafts.userId, drafts.formKey], set: { data, updatedAt } })
      .run();
    return { updatedAt };
  },
  'drafts.discard': (ctx, input) => {
    const result = ctx.db
      .delete(drafts)
      .where(and(eq(drafts.userId, ctx.user.id), eq(drafts.formKey, input.formKey)))
      .run();
    return { discarded: result.changes > 0 };
  },
};
