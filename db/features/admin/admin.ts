// Settings, countries and the audit log (backups: ./backups.ts).
import { and, asc, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';

import { verifyAudit } from '../../backend/audit-verify';
import type { HandlersFor } from '../../backend/handler-map';
import type { adminApi, AuditEntry } from '../../contract/admin';
import { recomputeWgadDeadlines } from '../advocacy/advocacy';
import { auditEntries, countries } from '../../schema';
import { createManualBackup } from './backups';
import { readHead } from '../../vault/audit-anchor';
import { writeSetting, type SettingKey } from './settings-store';

export const adminHandlers: HandlersFor<typeof adminApi> = {
  'settings.get': (ctx) => ctx.settings.all(),
  'settings.problems': (ctx) => ctx.settings.problems(),
  'settings.update': (ctx, input) => {
    const before = ctx.settings.all();
    // A key whose stored value is bad is written even when the value given equals its default.
    const bad = new Map(ctx.settings.problems().map((p) => [p.key, p.stored]));
    const changes: Record<string, [unknown, unknown]> = {};
    for (const [key, value] of Object.entries(input) as [SettingKey, number | undefined][]) {
      if (value === undefined || (before[key] === value && !bad.has(key))) continue;
      writeSetting(ctx.db, key, value, ctx.now());
      // The audit shows what was stored: for a bad value, its text, not the default that stood in.
      changes[key] = [bad.has(key) ? bad.get(key) : before[key], value];
    }
    ctx.audit({ action: 'settings.update', tableName: 'settings', changes });
    const after = ctx.settings.all();
    // Stored WGAD due dates follow the intervals in force.
    if (Object.keys(changes).some((k) => k.startsWith('wgad'))) recomputeWgadDeadlines(ctx);
    if ('idleLockMinutes' in changes) ctx.emit({ event: 'settings.changed', payload: { idleLockMinutes: after.idleLockMinutes } });
    return after;
  },
  'countries.list': (ctx) => ctx.db.select().from(countries).orderBy(desc(countries.focus), asc(countries.nameEn)).all(),
  'audit.list': (ctx, input) => {
    const filters: SQL[] = [];
    if (input.userId) filters.push(eq(auditEntries.userId, input.userId));
    if (input.tableName) filters.push(eq(auditEntries.tableName, input.tableName));
    if (input.recordId) filters.push(eq(auditEntries.recordId, input.recordId));
    if (input.action) filters.push(eq(auditEntries.action, input.action));
    if (input.from) filters.push(gte(auditEntries.at, input.from));
    if (input.to) filters.push(lte(auditEntries.at, input.to));
    const where = filters.length ? and(...filters) : undefined;
    const total = ctx.db.select({ n: sql<number>`count(*)` }).from(auditEntries).where(where).get()?.n ?? 0;
    const rows = ctx.db
      .select()
      .from(auditEntries)
      .where(where)
      .orderBy(desc(auditEntries.seq))
      .limit(input.limit)
      .offset(input.offset)
      .all()
      .map(
        (r): AuditEntry => ({
          seq: r.seq,
          at: r.at,
          userId: r.userId,
          userName: r.userName,
          action: r.action,
          tableName: r.tableName,
          recordId: r.recordId,
          changes: r.changes === null ? null : (JSON.parse(r.changes) as unknown),
        }),
      );
    return { rows, total };
  },
  'audit.verify': (ctx) => verifyAudit(ctx.sqlite, readHead(ctx.auditHeadFile)),
  'audit.reanchor': (ctx) => {
    const stored = readHead(ctx.auditHeadFile);
    const found = verifyAudit(ctx.sqlite, stored);
    const previous = stored.state === 'present' ? { count: stored.head.count, hash: stored.head.hash, signerKey: stored.head.signerKey, at: stored.head.at } : stored.state;
    const problems = found.problems.slice(0, 50).map(({ code, seq, through }) => ({ code, seq, through }));
    ctx.audit({ action: 'audit.reanchor', changes: { previous, problems } });
    ctx.reanchor();
    return found;
  },
  'backup.create': (ctx) => createManualBackup(ctx),
};
