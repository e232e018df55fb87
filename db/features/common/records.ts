// Small shared steps of every service: new record stamps, change lists for the audit log,
// soft deletion and keeping a case's activity time current.
import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';

import type { ServiceContext } from '../../backend/context';
import { cases } from '../../schema';

export function newId(): string {
  return uuidv7();
}

export function stamp(ctx: ServiceContext): { id: string; createdAt: string; updatedAt: string } {
  const now = ctx.now();
  return { id: newId(), createdAt: now, updatedAt: now };
}

/** Fields whose value differs, as { field: [before, after] }, for the audit entry. */
export function changesBetween(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const key of Object.keys(after)) {
    if (key === 'updatedAt' || key === 'createdAt') continue;
    const a = before[key] ?? null;
    const b = after[key] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) out[key] = [a, b];
  }
  return out;
}

/** Marks the case as changed now: feeds "stale case" deadlines and "changed since last review". */
export function touchCase(ctx: ServiceContext, caseId: string): void {
  ctx.db.update(cases).set({ lastActivityAt: ctx.now() }).where(eq(cases.id, caseId)).run();
}
