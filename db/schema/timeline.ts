// Everything else on a case's timeline, the work that follows from it, and supervisors' reviews.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

import { CASE_EVENT_KINDS, REVIEW_VERDICTS, TASK_SOURCES } from '../../shared/vocabulary';
import { cases } from './cases';
import { partialDateColumns, recordColumns } from './columns';
import { users } from './reference';

const eventDate = partialDateColumns('date');

export const caseEvents = sqliteTable(
  'case_events',
  {
    ...recordColumns,
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind', { enum: CASE_EVENT_KINDS }).notNull(),
    date: eventDate.value.notNull(),
    datePrecision: eventDate.precision.notNull(),
    title: text('title').notNull(),
    body: text('body'),
    confidential: integer('confidential', { mode: 'boolean' }).notNull().default(false),
    authorId: text('author_id').references(() => users.id),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.date)],
);

export const tasks = sqliteTable(
  'tasks',
  {
    ...recordColumns,
    caseId: text('case_id').references(() => cases.id),
    title: text('title').notNull(),
    dueOn: text('due_on').notNull(),
    assigneeId: text('assignee_id').references(() => users.id),
    doneAt: text('done_at'),
    source: text('source', { enum: TASK_SOURCES }).notNull().default('manual'),
    /** For rule-made tasks: which rule and record, so re-deriving never duplicates. */
    ruleKey: text('rule_key'),
  },
  (t) => [
    index('tasks_assignee_due_idx').on(t.assigneeId, t.doneAt, t.dueOn),
    index('tasks_case_idx').on(t.caseId),
    uniqueIndex('tasks_rule_key_unique').on(t.ruleKey),
  ],
);

export const reviews = sqliteTable(
  'reviews',
  {
    ...recordColumns,
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    supervisorId: text('supervisor_id')
      .notNull()
      .references(() => users.id),
    reviewedAt: text('reviewed_at').notNull(),
    verdict: text('verdict', { enum: REVIEW_VERDICTS }).notNull(),
    comment: text('comment'),
    /** The case's lastActivityAt at review time: later changes are "changed since last review". */
    coversUntil: text('covers_until').notNull(),
    answeredAt: text('answered_at'),
    /** What the caseworker said when answering requested changes. */
    answer: text('answer'),
  },
  (t) => [index('reviews_case_idx').on(t.caseId, t.reviewedAt)],
);

/** A reminder someone dismissed with a reason (a missed appeal window nobody will appeal, say); keyed like rule tasks. */
export const deadlineDismissals = sqliteTable(
  'deadline_dismissals',
  {
    ...recordColumns,
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    /** Which reminder: e.g. "appeal:<court event id>". */
    deadlineKey: text('deadline_key').notNull(),
    reason: text('reason').notNull(),
    dismissedBy: text('dismissed_by').references(() => users.id),
  },
  (t) => [index('deadline_dismissals_case_idx').on(t.caseId), index('deadline_dismissals_key_idx').on(t.deadlineKey)],
);
