// The deadline list (derived reminders merged with open hand-typed tasks) and the materialising
// of derived reminders as rule tasks with a stable ruleKey, so re-running never duplicates one
// and a reminder someone completed or dismissed stays that way.
import { and, eq, inArray, isNull, or } from 'drizzle-orm';

import { caseVisible } from '../common/visibility';
import { withholdNamesByCase } from '../common/withheld-names';
import type { ServiceContext } from '../../backend/context';
import type { HandlersFor } from '../../backend/handler-map';
import type { DeadlineEntry, DeadlineHorizon, RuleTaskSync, tasksApi } from '../../contract/tasks';
import { requireCase } from '../detention/detention';
import { addDays, daysBetween } from '../../../shared/calendar';
import { classifyDeadline, standingIn } from './deadlines';
import { cases, people, tasks } from '../../schema';
import { checkScope, type DeadlineScope, deadlineSettings, deriveScopedDeadlines, ruleKeyFor } from './case-deadlines';
import { newId } from '../common/records';

type TaskRow = typeof tasks.$inferSelect;
type RuleTaskMethods = Pick<typeof tasksApi, 'tasks.deadlines' | 'tasks.syncRuleTasks'>;

/** Rows per INSERT: ten columns each stays far below SQLite's limit on bound parameters. */
const INSERT_CHUNK = 500;

/** Rule tasks on the cases in scope, closed and deleted cases included so theirs can be resolved. */
function ruleTasksInScope(ctx: ServiceContext, scope: DeadlineScope): Map<string, TaskRow> {
  const caseIds = ctx.db
    .select({ id: cases.id })
    .from(cases)
    .where(scope === 'mine' ? eq(cases.caseworkerId, ctx.user.id) : typeof scope === 'object' ? eq(cases.id, scope.caseId) : undefined);
  const rows = ctx.db
    .select()
    .from(tasks)
    .where(and(eq(tasks.source, 'rule'), inArray(tasks.caseId, caseIds)))
    .all();
  const byKey = new Map<string, TaskRow>();
  for (const row of rows) if (row.ruleKey !== null) byKey.set(row.ruleKey, row);
  return byKey;
}

function openManualTasks(ctx: ServiceContext, scope: DeadlineScope) {
  return ctx.db
    .select({ id: tasks.id, caseId: tasks.caseId, title: tasks.title, dueOn: tasks.dueOn, assigneeId: tasks.assigneeId, personName: people.name, caseReference: cases.reference })
    .from(tasks)
    .leftJoin(cases, eq(cases.id, tasks.caseId))
    .leftJoin(people, eq(people.id, cases.personId))
    .where(
      and(
        eq(tasks.source, 'manual'),
        isNull(tasks.deletedAt),
        isNull(tasks.doneAt),
        // Mine: assigned to me, or left unassigned on a case I work.
        scope === 'mine' ? or(eq(tasks.assigneeId, ctx.user.id), and(isNull(tasks.assigneeId), eq(cases.caseworkerId, ctx.user.id))) : undefined,
        typeof scope === 'object' ? eq(tasks.caseId, scope.caseId) : undefined,
        or(isNull(tasks.caseId), caseVisible(ctx, '"tasks"."case_id"')),
      ),
    )
    .all();
}

function byDue(a: DeadlineEntry, b: DeadlineEntry): number {
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0;
}

/** Days ahead for a horizon chosen on the Deadlines screen; 'all' reaches as far as any reminder can. */
const HORIZON_DAYS: Record<DeadlineHorizon, number | null> = { '30': 30, '90': 90, all: null };

/**
 * The deadline list in no particular order: derived reminders nobody completed or dismissed, and
 * open hand-typed tasks, overdue or due within the horizon (upcomingDays, or every one when null).
 * Missed appeal windows are overdue and so always in. Callers that only count sort nothing.
 */
export function deadlineEntries(ctx: ServiceContext, scope: DeadlineScope, upcomingDays?: number | null): DeadlineEntry[] {
  const today = ctx.today();
  const unbounded = upcomingDays === null;
  const settings = deadlineSettings(ctx, unbounded ? undefined : upcomingDays);
  const ruleTasks = ruleTasksInScope(ctx, scope);
  const entries: DeadlineEntry[] = [];
  const push = (entry: Omit<DeadlineEntry, 'standing' | 'daysLeft'>): void => {
    const daysLeft = daysBetween(today, entry.due);
    const standing = standingIn(daysLeft, settings);
    if (standing !== 'later') entries.push({ ...entry, standing, daysLeft });
    else if (unbounded) entries.push({ ...entry, standing: 'upcoming', daysLeft });
  };
  const horizon = unbounded ? null : addDays(today, settings.upcomingDays);
  for (const deadline of deriveScopedDeadlines(ctx, scope, settings, horizon)) {
    const task = ruleTasks.get(ruleKeyFor(deadline));
    // Someone completed or dismissed this reminder: it stays out of the list.
    if (task && (task.doneAt !== null || task.deletedAt !== null)) continue;
    const { kind, due, facts, caseId, personName, caseReference, recordId } = deadline;
    push({ kind, due, facts, caseId, caseReference, personName, recordId, taskId: task?.id ?? null, assigneeId: task?.assigneeId ?? deadline.caseworkerId });
  }
  for (const task of openManualTasks(ctx, scope)) {
    const { id, caseId, title, dueOn, assigneeId, personName, caseReference } = task;
    push({ kind: 'task', due: dueOn, facts: { kind: 'task', title }, caseId, caseReference, personName, recordId: id, taskId: id, assigneeId });
  }
  return withholdNamesByCase(ctx, entries);
}

export const ruleTaskHandlers: HandlersFor<RuleTaskMethods> = {
  'tasks.deadlines': (ctx, input) => {
    if (input.caseId !== undefined) requireCase(ctx, input.caseId);
    else checkScope(ctx, input.scope);
    const upcomingDays = input.horizon === undefined ? input.upcomingDays : HORIZON_DAYS[input.horizon];
    return deadlineEntries(ctx, input.caseId === undefined ? input.scope : { caseId: input.caseId }, upcomingDays).sort(byDue);
  },

  'tasks.syncRuleTasks': (ctx, input) => {
    checkScope(ctx, input.scope);
    const today = ctx.today();
    const settings = deadlineSettings(ctx);
    const existing = ruleTasksInScope(ctx, input.scope);
    const result: RuleTaskSync = { created: 0, updated: 0, resolved: 0, unchanged: 0 };
    const derivedKeys = new Set<string>();
    const fresh: TaskRow[] = [];
    const now = ctx.now();
    // No touchCase here: materialising reminders is not activity on a case, and touching would
    // reset the very "no action for N days" clock that the stale-case rule reads.
    for (const deadline of deriveScopedDeadlines(ctx, input.scope, settings)) {
      const ruleKey = ruleKeyFor(deadline);
      derivedKeys.add(ruleKey);
      const task = existing.get(ruleKey);
      if (task === undefined) {
        // Far-off reminders become tasks when they come near, on a later run.
        if (classifyDeadline(deadline.due, today, settings) === 'later') continue;
        const { caseId, title, due: dueOn, caseworkerId: assigneeId } = deadline;
        const stamps = { id: newId(), createdAt: now, updatedAt: now, deletedAt: null };
        fresh.push({ ...stamps, caseId, title, dueOn, assigneeId, doneAt: null, source: 'rule', ruleKey });
      } else if (task.doneAt === null && task.deletedAt === null && (task.dueOn !== deadline.due || task.title !== deadline.title)) {
        ctx.db.update(tasks).set({ dueOn: deadline.due, title: deadline.title, updatedAt: now }).where(eq(tasks.id, task.id)).run();
        ctx.audit({
          action: 'task.ruleUpdate',
          tableName: 'tasks',
          recordId: task.id,
          changes: { dueOn: [task.dueOn, deadline.due], title: [task.title, deadline.title] },
        });
        result.updated += 1;
      } else {
        result.unchanged += 1;
      }
    }
    // New rule tasks are machine-made and can be derived again from the records, so they share
    // one audit entry (below) rather than one each: a first run over a large database makes
    // hundreds of thousands, and each hash-chained entry costs a write of its own.
    for (let i = 0; i < fresh.length; i += INSERT_CHUNK) ctx.db.insert(tasks).values(fresh.slice(i, i + INSERT_CHUNK)).run();
    result.created = fresh.length;
    for (const [ruleKey, task] of existing) {
      if (derivedKeys.has(ruleKey) || task.doneAt !== null || task.deletedAt !== null) continue;
      ctx.db.update(tasks).set({ doneAt: now, updatedAt: now }).where(eq(tasks.id, task.id)).run();
      ctx.audit({ action: 'task.ruleResolve', tableName: 'tasks', recordId: task.id, changes: { doneAt: [null, now], ruleKey } });
      result.resolved += 1;
    }
    const createdByKind: Record<string, number> = {};
    for (const row of fresh) {
      const kind = row.ruleKey?.split(':')[0] ?? 'unknown';
      createdByKind[kind] = (createdByKind[kind] ?? 0) + 1;
    }
    ctx.audit({ action: 'task.syncRules', tableName: 'tasks', changes: { scope: input.scope, ...result, createdByKind, createdAt: now } });
    return result;
  },
};
