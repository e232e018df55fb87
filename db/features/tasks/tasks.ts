// Tasks: typed by hand or made by the reminder rules (rule-tasks.ts). Rule tasks keep their title,
// due date and case from the rule; people may only reassign, complete, reopen or dismiss them.
import { and, asc, count, eq, getTableColumns, isNull, or, type SQL, sql } from 'drizzle-orm';

import type { ServiceContext } from '../../backend/context';
import { fieldDetails, invalid, notFound } from '../../backend/errors';
import type { HandlersFor } from '../../backend/handler-map';
import type { Task, tasksApi } from '../../contract/tasks';
import { cases, people, tasks, users } from '../../schema';
import { requireCase } from '../detention/detention';
import { definedFields } from '../common/patch';
import { changesBetween, stamp, touchCase } from '../common/records';
import { caseVisible } from '../common/visibility';
import { withholdNamesByCase } from '../common/withheld-names';

type TaskRow = typeof tasks.$inferSelect;
type TaskMethods = Pick<
  typeof tasksApi,
  'tasks.create' | 'tasks.update' | 'tasks.complete' | 'tasks.reopen' | 'tasks.delete' | 'tasks.list'
>;

function selectTasks(ctx: ServiceContext, where: SQL | undefined) {
  return ctx.db
    .select({ task: getTableColumns(tasks), personName: people.name, assigneeName: users.displayName })
    .from(tasks)
    .leftJoin(cases, eq(cases.id, tasks.caseId))
    .leftJoin(people, eq(people.id, cases.personId))
    .leftJoin(users, eq(users.id, tasks.assigneeId))
    .where(where);
}

function toTask({ task, personName, assigneeName }: { task: TaskRow; personName: string | null; assigneeName: string | null }): Task {
  const { deletedAt: _deleted, ...rest } = task;
  return { ...rest, personName, assigneeName };
}

function loadTask(ctx: ServiceContext, taskId: string): Task {
  const row = selectTasks(ctx, eq(tasks.id, taskId)).get();
  if (!row) throw notFound('The task', { reason: 'task_not_found' });
  return toTask(row);
}

function requireTask(ctx: ServiceContext, taskId: string): TaskRow {
  const row = ctx.db
    .select()
    .from(tasks)
    .where(and(eq(tasks.id, taskId), isNull(tasks.deletedAt)))
    .get();
  if (!row) throw notFound('The task', { reason: 'task_not_found' });
  return row;
}

/** Staff cannot complete tasks, so a task given to them would never be closed. */
function checkAssignee(ctx: ServiceContext, assigneeId: string | null): void {
  if (assigneeId === null) return;
  const user = ctx.db.select().from(users).where(eq(users.id, assigneeId)).get();
  if (!user || !user.active) throw invalid('Choose an active user to assign the task to.', { reason: 'assignee_not_active', ...fieldDetails({ assigneeId: ['Not an active user', 'no_active_user'] }) });
  if (user.role === 'staff') throw invalid('Staff accounts cannot complete tasks; assign it to a caseworker.', { reason: 'assignee_is_staff', ...fieldDetails({ assigneeId: ['Staff', 'staff_assignee'] }) });
}

function writeTask(ctx: ServiceContext, before: TaskRow, after: TaskRow, action: string): Task {
  ctx.db.update(tasks).set(after).where(eq(tasks.id, after.id)).run();
  ctx.audit({ action, tableName: 'tasks', recordId: after.id, changes: changesBetween(before, after) });
  if (after.caseId !== null) touchCase(ctx, after.caseId);
  if (before.caseId !== null && before.caseId !== after.caseId) touchCase(ctx, before.caseId);
  return loadTask(ctx, after.id);
}

export const taskHandlers: HandlersFor<TaskMethods> = {
  'tasks.create': (ctx, input) => {
    const caseId = input.caseId ?? null;
    if (caseId !== null) requireCase(ctx, caseId);
    const assigneeId = input.assigneeId === undefined ? ctx.user.id : input.assigneeId;
    checkAssignee(ctx, assigneeId);
    const row: TaskRow = {
      ...stamp(ctx),
      deletedAt: null,
      caseId,
      title: input.title,
      dueOn: input.dueOn,
      assigneeId,
      doneAt: null,
      source: 'manual',
      ruleKey: null,
    };
    ctx.db.insert(tasks).values(row).run();
    ctx.audit({ action: 'task.create', tableName: 'tasks', recordId: row.id, changes: changesBetween({}, row) });
    if (caseId !== null) touchCase(ctx, caseId);
    return loadTask(ctx, row.id);
  },

  'tasks.update': (ctx, input) => {
    const before = requireTask(ctx, input.id);
    const { id: _id, ...patch } = definedFields(input);
    if (before.source === 'rule' && (patch.title !== undefined || patch.dueOn !== undefined || patch.caseId !== undefined)) {
      throw invalid('This task comes from a reminder rule: its title, date and case follow the record. You can reassign, complete or dismiss it.', { reason: 'reminder_task_fixed' });
    }
    if (patch.caseId) requireCase(ctx, patch.caseId);
    if (patch.assigneeId !== undefined) checkAssignee(ctx, patch.assigneeId);
    return writeTask(ctx, before, { ...before, ...patch, updatedAt: ctx.now() }, 'task.update');
  },

  'tasks.complete': (ctx, input) => {
    const before = requireTask(ctx, input.id);
    if (before.doneAt !== null) return writeTask(ctx, before, before, 'task.complete');
    const now = ctx.now();
    return writeTask(ctx, before, { ...before, doneAt: now, updatedAt: now }, 'task.complete');
  },

  'tasks.reopen': (ctx, input) => {
    const before = requireTask(ctx, input.id);
    return writeTask(ctx, before, { ...before, doneAt: null, updatedAt: ctx.now() }, 'task.reopen');
  },

  'tasks.delete': (ctx, input) => {
    // A deleted rule task keeps its ruleKey, so syncing never brings a dismissed reminder back.
    const task = requireTask(ctx, input.id);
    const now = ctx.now();
    ctx.db.update(tasks).set({ deletedAt: now, updatedAt: now }).where(eq(tasks.id, task.id)).run();
    ctx.audit({ action: 'task.delete', tableName: 'tasks', recordId: task.id, changes: { deletedAt: [null, now] } });
    if (task.caseId !== null) touchCase(ctx, task.caseId);
    return { id: task.id };
  },

  'tasks.list': (ctx, input) => {
    const where = and(
      isNull(tasks.deletedAt),
      input.assigneeId === undefined ? undefined : eq(tasks.assigneeId, input.assigneeId),
      input.caseId === undefined ? undefined : eq(tasks.caseId, input.caseId),
      input.includeDone ? undefined : isNull(tasks.doneAt),
      or(isNull(tasks.caseId), caseVisible(ctx, '"tasks"."case_id"')),
    );
    const total = ctx.db.select({ n: count() }).from(tasks).where(where).get()?.n ?? 0;
    const rows = selectTasks(ctx, where)
      // Open tasks first, then by due date: what needs doing reads at the top.
      .orderBy(sql`${tasks.doneAt} IS NOT NULL`, asc(tasks.dueOn), asc(tasks.createdAt), asc(tasks.id))
      .limit(input.limit)
      .offset(input.offset)
      .all();
    return { rows: withholdNamesByCase(ctx, rows.map(toTask)), total };
  },
};
