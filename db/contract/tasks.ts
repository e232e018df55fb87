// Contract slice: tasks typed by hand, tasks made from the reminder rules, and the deadline list
// that merges what the rules derive with open hand-typed tasks. Pure zod and types.
import { z } from 'zod';

import { ALL_ROLES, id, isoDate, method, nonEmpty, pageInput, type Page, type Role, type Stamped } from './core';
import type { AppealWindowLevel } from './appeal-windows';
import type { PersonNameWithheld } from './need-to-know';
import type { CourtEventKind, TaskSource } from '../../shared/vocabulary';

export interface Task extends Stamped, PersonNameWithheld {
  caseId: string | null;
  /** The detainee's name on the task's case, for lists that span cases. */
  personName: string | null;
  title: string;
  dueOn: string;
  assigneeId: string | null;
  assigneeName: string | null;
  doneAt: string | null;
  source: TaskSource;
  /** For rule-made tasks: which rule and record, e.g. "wgad_reply:<action id>". */
  ruleKey: string | null;
}

/** What a reminder is about; the same kinds as db/features/tasks/deadlines.ts, plus hand-typed tasks. */
export const DEADLINE_KINDS = [
  'wgad_reply',
  'wgad_source_comments',
  'wgad_follow_up',
  'hearing',
  'appeal_window',
  'expected_release',
  'release_unrecorded',
  'advocacy_follow_up',
  'stale_case',
  'task',
] as const;
export type DeadlineKindName = (typeof DEADLINE_KINDS)[number];

/** What a reminder is about, as facts; the words are made where it is shown. */
export type DeadlineFacts =
  | { kind: 'wgad_reply' | 'wgad_source_comments' | 'wgad_follow_up' | 'advocacy_follow_up' }
  /**
   * The window to challenge a decision: level 'verdict' is the appeal against a first-instance
   * verdict, 'appeal' the cassation against an appeal decision. missed: it closed before today with
   * no further appeal recorded; it stays listed until one is recorded or someone dismisses it (key).
   */
  | { kind: 'appeal_window'; level: AppealWindowLevel; decidedOn: string; missed: boolean; key: string }
  | { kind: 'hearing'; courtEventKind: CourtEventKind }
  /** The sentence's expected release, a partial date. */
  | { kind: 'expected_release' | 'release_unrecorded'; expectedRelease: string }
  /** The case has had no activity for this many days (the stale-case setting). */
  | { kind: 'stale_case'; days: number }
  /** A hand-typed task, with the title its author gave it. */
  | { kind: 'task'; title: string };

export interface DeadlineEntry extends PersonNameWithheld {
  kind: DeadlineKindName;
  standing: 'overdue' | 'upcoming';
  /** Full date YYYY-MM-DD. */
  due: string;
  /** Negative when overdue. */
  daysLeft: number;
  /** facts.kind is the entry's kind. */
  facts: DeadlineFacts;
  caseId: string | null;
  /** The case's reference (see CaseSummary.reference); null for a task on no case. */
  caseReference: string | null;
  personName: string | null;
  /** The record the reminder is about (the task itself for a hand-typed task). */
  recordId: string;
  /** The task that carries this reminder, once tasks.syncRuleTasks has made one. */
  taskId: string | null;
  assigneeId: string | null;
}

export interface RuleTaskSync {
  created: number;
  /** Open rule tasks whose due date or title moved with the facts. */
  updated: number;
  /** Open rule tasks whose reminder no longer applies (reply received, release recorded...). */
  resolved: number;
  unchanged: number;
}

/** The Deadlines screen's choices of how far ahead to look (also the 'deadlines.horizon' preference). */
export const DEADLINE_HORIZON = z.enum(['30', '90', 'all']);
export type DeadlineHorizon = z.infer<typeof DEADLINE_HORIZON>;

const writers: readonly Role[] = ['caseworker', 'supervisor', 'administrator'];
/** 'all' is for supervisors and administrators; the service refuses it to others. */
const scope = z.enum(['mine', 'all']).default('mine');

export const tasksApi = {
  'tasks.create': method<Task>()({
    input: z.object({
      title: nonEmpty(300),
      dueOn: isoDate,
      /** Left out, the task is the caller's own. */
      assigneeId: id.nullable().optional(),
      caseId: id.nullable().optional(),
    }),
    access: writers,
    effect: 'write',
  }),
  'tasks.update': method<Task>()({
    input: z.object({
      id,
      title: nonEmpty(300).optional(),
      dueOn: isoDate.optional(),
      assigneeId: id.nullable().optional(),
      caseId: id.nullable().optional(),
    }),
    access: writers,
    effect: 'write',
  }),
  'tasks.complete': method<Task>()({ input: z.object({ id }), access: writers, effect: 'write' }),
  'tasks.reopen': method<Task>()({ input: z.object({ id }), access: writers, effect: 'write' }),
  'tasks.delete': method<{ id: string }>()({ input: z.object({ id }), access: writers, effect: 'write' }),
  'tasks.list': method<Page<Task>>()({
    input: z.object({
      assigneeId: id.optional(),
      caseId: id.optional(),
      includeDone: z.boolean().default(false),
      ...pageInput.shape,
    }),
    access: ALL_ROLES,
    effect: 'read',
  }),
  'tasks.deadlines': method<DeadlineEntry[]>()({
    input: z.object({
      scope,
      upcomingDays: z.number().int().min(0).max(365).optional(),
      /** How far ahead to look: 30 or 90 days, or every reminder however far off. Wins over upcomingDays. */
      horizon: DEADLINE_HORIZON.optional(),
      /** One case's reminders (any scope's, as far as the caller may see the case). */
      caseId: id.optional(),
    }),
    access: ALL_ROLES,
    effect: 'read',
  }),
  'tasks.syncRuleTasks': method<RuleTaskSync>()({ input: z.object({ scope }), access: writers, effect: 'write' }),
} as const;
