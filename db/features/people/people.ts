// People (detainees): reading one with all spellings and professions, creating (directly or from a
// referral), editing, and soft deletion, which is refused while the person has an open case.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';

import type { ServiceContext } from '../../backend/context';
import { conflict, notFound } from '../../backend/errors';
import type { HandlersFor } from '../../backend/handler-map';
import { NAME_SCRIPTS, type NameScript, type NameVariant, type NewPersonInput, type Person, type personApi } from '../../contract/people';
import type { Profession } from '../../../shared/vocabulary';
import { precisionOf } from '../../../shared/partial-date';
import { cases, contacts, nameVariants, people, personProfessions, referrals } from '../../schema';
import { auditChanges, filledFields, requireCountry, requirePartialNotFuture } from '../common/record-checks';
import { stamp, touchCase } from '../common/records';
import { requireVisiblePerson } from '../common/visibility';
import { withholdPerson } from '../common/withheld-names';

/** Guesses the script of a spelling from its letters; the first non-Latin script found wins. */
export function detectScript(name: string): NameScript {
  if (/\p{Script=Cyrillic}/u.test(name)) return 'cyrillic';
  if (/\p{Script=Han}/u.test(name)) return 'han';
  if (/\p{Script=Arabic}/u.test(name)) return 'arabic';
  if (/\p{Script=Latin}/u.test(name)) return 'latin';
  return 'other';
}

function isScript(s: string): s is NameScript {
  return NAME_SCRIPTS.some((known) => known === s);
}

/** The live person row, or NOT_FOUND (also for soft-deleted people). */
export function requirePersonRow(ctx: ServiceContext, id: string): typeof people.$inferSelect {
  const row = ctx.db
    .select()
    .from(people)
    .where(and(eq(people.id, id), isNull(people.deletedAt)))
    .get();
  if (!row) throw notFound('The person', { reason: 'person_not_found' });
  requireVisiblePerson(ctx, id);
  return row;
}

export function loadPerson(ctx: ServiceContext, id: string): Person {
  const row = requirePersonRow(ctx, id);
  const variants: NameVariant[] = ctx.db
    .select({ id: nameVariants.id, name: nameVariants.name, script: nameVariants.script })
    .from(nameVariants)
    .where(and(eq(nameVariants.personId, id), isNull(nameVariants.deletedAt)))
    .orderBy(asc(nameVariants.createdAt), asc(nameVariants.id))
    .all()
    .map((v) => ({ ...v, script: isScript(v.script) ? v.script : 'other' }));
  const professions = ctx.db
    .select({ profession: personProfessions.profession })
    .from(personProfessions)
    .where(eq(personProfessions.personId, id))
    .all()
    .map((p) => p.profession);
  return {
    id: row.id,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    name: row.name,
    nameVariants: variants,
    sex: row.sex,
    birthDate: row.birthDate,
    birthDatePrecision: row.birthDatePrecision,
    citizenship: row.citizenship,
    professions: professions.sort(),
    organisations: row.organisations,
    confidentiality: row.confidentiality,
    notes: row.notes,
  };
}

/**
 * Makes the stored spellings equal the given set. Spellings kept unchanged keep their ids; removed
 * ones are soft-deleted rather than erased, so a later merge of two vaults can still see them.
 */
function replaceVariants(ctx: ServiceContext, personId: string, wanted: { name: string; script?: NameScript | undefined }[]): void {
  const target = new Map<string, { name: string; script: NameScript }>();
  for (const v of wanted) {
    const script = v.script ?? detectScript(v.name);
    target.set(`${script}\u0000${v.name}`, { name: v.name, script });
  }
  const current = ctx.db
    .select({ id: nameVariants.id, name: nameVariants.name, script: nameVariants.script })
    .from(nameVariants)
    .where(and(eq(nameVariants.personId, personId), isNull(nameVariants.deletedAt)))
    .all();
  const now = ctx.now();
  for (const row of current) {
    const key = `${row.script}\u0000${row.name}`;
    if (target.has(key)) target.delete(key);
    else ctx.db.update(nameVariants).set({ deletedAt: now, updatedAt: now }).where(eq(nameVariants.id, row.id)).run();
  }
  for (const v of target.values()) ctx.db.insert(nameVariants).values({ ...stamp(ctx), personId, ...v }).run();
}

function replaceProfessions(ctx: ServiceContext, personId: string, list: Profession[]): void {
  ctx.db.delete(personProfessions).where(eq(personProfessions.personId, personId)).run();
  for (const profession of new Set(list)) ctx.db.insert(personProfessions).values({ personId, profession }).run();
}

/** What the audit log compares for a person: spellings and professions as plain lists. */
function auditView(p: Person): Record<string, unknown> {
  return {
    name: p.name,
    nameVariants: p.nameVariants.map((v) => `${v.name} (${v.script})`),
    sex: p.sex,
    birthDate: p.birthDate,
    citizenship: p.citizenship,
    professions: p.professions,
    organisations: p.organisations,
    confidentiality: p.confidentiality,
    notes: p.notes,
  };
}

/** Inserts a person with spellings and professions and writes the 'person.create' audit entry. */
export function insertPerson(ctx: ServiceContext, input: NewPersonInput): Person {
  if (input.citizenship) requireCountry(ctx, input.citizenship, 'citizenship');
  if (input.birthDate) requirePartialNotFuture(ctx, input.birthDate, 'birthDate');
  const s = stamp(ctx);
  ctx.db
    .insert(people)
    .values({
      ...s,
      name: input.name,
      sex: input.sex,
      birthDate: input.birthDate ?? null,
      birthDatePrecision: input.birthDate ? precisionOf(input.birthDate) : null,
      citizenship: input.citizenship ?? null,
      organisations: input.organisations ?? null,
      confidentiality: input.confidentiality,
      notes: input.notes ?? null,
    })
    .run();
  replaceVariants(ctx, s.id, input.nameVariants);
  replaceProfessions(ctx, s.id, input.professions);
  ctx.audit({
    action: 'person.create',
    tableName: 'people',
    recordId: s.id,
    changes: { fields: filledFields(input), confidentiality: input.confidentiality },
  });
  return loadPerson(ctx, s.id);
}

/** Marks every live case of the person as changed, since the person's facts are part of each case file. */
export function touchCasesOfPerson(ctx: ServiceContext, personId: string): void {
  const rows = ctx.db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.personId, personId), isNull(cases.deletedAt)))
    .all();
  for (const c of rows) touchCase(ctx, c.id);
}

export const peopleHandlers: HandlersFor<typeof personApi> = {
  'people.get': (ctx, input) => withholdPerson(ctx, loadPerson(ctx, input.id)),

  'people.create': (ctx, input) => insertPerson(ctx, input),

  'people.update': (ctx, input) => {
    const before = loadPerson(ctx, input.id);
    if (input.citizenship) requireCountry(ctx, input.citizenship, 'citizenship');
    if (input.birthDate) requirePartialNotFuture(ctx, input.birthDate, 'birthDate');
    const set: Partial<typeof people.$inferInsert> = { updatedAt: ctx.now() };
    if (input.name !== undefined) set.name = input.name;
    if (input.sex !== undefined) set.sex = input.sex;
    if (input.birthDate !== undefined) {
      set.birthDate = input.birthDate;
      set.birthDatePrecision = input.birthDate === null ? null : precisionOf(input.birthDate);
    }
    if (input.citizenship !== undefined) set.citizenship = input.citizenship;
    if (input.organisations !== undefined) set.organisations = input.organisations;
    if (input.confidentiality !== undefined) set.confidentiality = input.confidentiality;
    if (input.notes !== undefined) set.notes = input.notes;
    ctx.db.update(people).set(set).where(eq(people.id, input.id)).run();
    if (input.nameVariants !== undefined) replaceVariants(ctx, input.id, input.nameVariants);
    if (input.professions !== undefined) replaceProfessions(ctx, input.id, input.professions);
    const after = loadPerson(ctx, input.id);
    ctx.audit({
      action: 'person.update',
      tableName: 'people',
      recordId: input.id,
      changes: auditChanges(auditView(before), auditView(after), ['notes', 'organisations']),
    });
    touchCasesOfPerson(ctx, input.id);
    return after;
  },

  'people.delete': (ctx, input) => {
    requirePersonRow(ctx, input.id);
    const open = ctx.db
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.personId, input.id), isNull(cases.deletedAt), inArray(cases.status, ['active', 'monitoring'])))
      .get();
    if (open) throw conflict('This person has an open case. Close the case before deleting the person.', { reason: 'person_delete_open_case', caseId: open.id });
    const now = ctx.now();
    const gone = { deletedAt: now, updatedAt: now };
    // Everything hanging off the person goes with them, so no list shows an orphan.
    const removed = {
      contacts: ctx.db.update(contacts).set(gone).where(and(eq(contacts.personId, input.id), isNull(contacts.deletedAt))).run().changes,
      referrals: ctx.db.update(referrals).set(gone).where(and(eq(referrals.personId, input.id), isNull(referrals.deletedAt))).run().changes,
      closedCases: ctx.db.update(cases).set(gone).where(and(eq(cases.personId, input.id), isNull(cases.deletedAt))).run().changes,
    };
    ctx.db.update(people).set(gone).where(eq(people.id, input.id)).run();
    ctx.audit({ action: 'person.delete', tableName: 'people', recordId: input.id, changes: removed });
    return { id: input.id, deletedAt: now };
  },
};
