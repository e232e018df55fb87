// Advocacy actions and the WGAD petition fields that some of them carry.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

import { ADVOCACY_STATUSES, ADVOCACY_TYPES, WGAD_OUTCOMES } from '../../shared/vocabulary';
import { cases } from './cases';
import { recordColumns } from './columns';

export const advocacyActions = sqliteTable(
  'advocacy_actions',
  {
    ...recordColumns,
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    type: text('type', { enum: ADVOCACY_TYPES }).notNull(),
    date: text('date').notNull(),
    target: text('target'),
    status: text('status', { enum: ADVOCACY_STATUSES }).notNull().default('planned'),
    response: text('response'),
    outcome: text('outcome'),
    followUpDue: text('follow_up_due'),
    public: integer('public', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    index('advocacy_case_idx').on(t.caseId, t.date),
    index('advocacy_type_date_idx').on(t.type, t.date),
    index('advocacy_follow_up_idx').on(t.followUpDue),
  ],
);

/** One row per advocacy action of type wgad_petition (or urgent appeal). */
export const wgadPetitions = sqliteTable(
  'wgad_petitions',
  {
    actionId: text('action_id')
      .primaryKey()
      .references(() => advocacyActions.id),
    submittedOn: text('submitted_on'),
    transmittedOn: text('transmitted_on'),
    /** transmittedOn + the reply interval from settings; stored so reports and reminders agree. */
    replyDue: text('reply_due'),
    replyReceivedOn: text('reply_received_on'),
    sourceCommentsDue: text('source_comments_due'),
    sourceCommentsSentOn: text('source_comments_sent_on'),
    opinionAdoptedOn: text('opinion_adopted_on'),
    session: text('session'),
    /** Written as "Opinion No. 12/2023". */
    opinionNumber: text('opinion_number'),
    /** JSON array of the categories found: I to V. */
    categories: text('categories').notNull().default('[]'),
    /** JSON object: category (I to V) -> the facts the submission gives in support of it. */
    categoryFacts: text('category_facts').notNull().default('{}'),
    outcome: text('outcome', { enum: WGAD_OUTCOMES }).notNull().default('pending'),
    followUpDue: text('follow_up_due'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('wgad_reply_due_idx').on(t.replyDue), index('wgad_opinion_idx').on(t.opinionAdoptedOn)],
);
