// Contacts around a detainee (family, lawyers, sources): the most sensitive data in the vault.
// Lists mask confidential contacts unless the caller asks to reveal them, and every reveal is audited;
// the audit log records which fields changed, never a contact's name or how to reach them.
import { and, asc, eq, isNull } from 'drizzle-orm';

import type { ServiceContext } from '../../backend/context';
import { notFound } from '../../backend/errors';
import type { HandlersFor } from '../../backend/handler-map';
import type { Contact, ContactFieldsInput, contactsApi } from '../../contract/people';
import { contacts } from '../../schema';
import { requirePersonRow, touchCasesOfPerson } from './people';
import { auditChanges, filledFields } from '../common/record-checks';
import { stamp } from '../common/records';

type ContactRow = typeof contacts.$inferSelect;

const SENSITIVE = ['name', 'reach', 'notes'] as const;

function toContact(row: ContactRow, mask: boolean): Contact {
  const hide = mask && row.confidential;
  return {
    id: row.id,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    personId: row.personId,
    name: hide ? null : row.name,
    relation: row.relation,
    reach: hide ? null : row.reach,
    notes: hide ? null : row.notes,
    confidential: row.confidential,
    masked: hide,
  };
}

function requireContactRow(ctx: ServiceContext, id: string): ContactRow {
  const row = ctx.db
    .select()
    .from(contacts)
    .where(and(eq(contacts.id, id), isNull(contacts.deletedAt)))
    .get();
  if (!row) throw notFound('The contact', { reason: 'contact_not_found' });
  return row;
}

/** Inserts a contact of a live person and writes the 'contact.create' audit entry. */
export function insertContact(ctx: ServiceContext, personId: string, input: ContactFieldsInput): Contact {
  requirePersonRow(ctx, personId);
  const s = stamp(ctx);
  ctx.db
    .insert(contacts)
    .values({
      ...s,
      personId,
      name: input.name,
      relation: input.relation,
      reach: input.reach ?? null,
      confidential: input.confidential,
      notes: input.notes ?? null,
    })
    .run();
  ctx.audit({
    action: 'contact.create',
    tableName: 'contacts',
    recordId: s.id,
    changes: { personId, fields: filledFields(input), confidential: input.confidential },
  });
  return toContact(requireContactRow(ctx, s.id), false);
}

/** A live contact (for a referral's source); NOT_FOUND otherwise. */
export function requireContact(ctx: ServiceContext, id: string): void {
  requireContactRow(ctx, id);
}

export const contactsHandlers: HandlersFor<typeof contactsApi> = {
  'contacts.list': (ctx, input) => {
    requirePersonRow(ctx, input.personId);
    const rows = ctx.db
      .select()
      .from(contacts)
      .where(and(eq(contacts.personId, input.personId), isNull(contacts.deletedAt)))
      .orderBy(asc(contacts.createdAt), asc(contacts.id))
      .all();
    if (input.reveal) {
      // One entry per contact seen, so the log answers "who has seen this source's details".
      for (const row of rows) {
        if (row.confidential) ctx.audit({ action: 'contact.reveal', tableName: 'contacts', recordId: row.id, changes: { personId: row.personId } });
      }
    }
    return rows.map((row) => toContact(row, !input.reveal));
  },

  'contacts.create': (ctx, input) => {
    const { personId, ...fields } = input;
    const created = insertContact(ctx, personId, fields);
    touchCasesOfPerson(ctx, personId);
    return created;
  },

  'contacts.update': (ctx, input) => {
    const before = requireContactRow(ctx, input.id);
    const set: Partial<typeof contacts.$inferInsert> = { updatedAt: ctx.now() };
    if (input.name !== undefined) set.name = input.name;
    if (input.relation !== undefined) set.relation = input.relation;
    if (input.reach !== undefined) set.reach = input.reach;
    if (input.confidential !== undefined) set.confidential = input.confidential;
    if (input.notes !== undefined) set.notes = input.notes;
    ctx.db.update(contacts).set(set).where(eq(contacts.id, input.id)).run();
    const after = requireContactRow(ctx, input.id);
    ctx.audit({ action: 'contact.update', tableName: 'contacts', recordId: input.id, changes: auditChanges(before, after, SENSITIVE) });
    touchCasesOfPerson(ctx, after.personId);
    // Masked like a list: an edit of the relation alone must not become an unaudited way to read a source.
    return toContact(after, true);
  },

  'contacts.delete': (ctx, input) => {
    const row = requireContactRow(ctx, input.id);
    const now = ctx.now();
    ctx.db.update(contacts).set({ deletedAt: now, updatedAt: now }).where(eq(contacts.id, input.id)).run();
    ctx.audit({ action: 'contact.delete', tableName: 'contacts', recordId: input.id, changes: { personId: row.personId } });
    touchCasesOfPerson(ctx, row.personId);
    return { id: input.id, deletedAt: now };
  },
};
