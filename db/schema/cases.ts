// Referrals as they arrive and the cases opened from accepted ones.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

import {
  CASE_STATUSES,
  CLOSING_REASONS,
  CONSENTS,
  DETENTION_STATUSES,
  REFERRAL_CHANNELS,
  REFERRAL_STATUSES,
  URGENCIES,
} from '../../shared/vocabulary';
import { recordColumns } from './columns';
import { contacts, people } from './people';
import { countries, users } from './reference';

export const referrals = sqliteTable(
  'referrals',
  {
    ...recordColumns,
    receivedOn: text('received_on').notNull(),
    channel: text('channel', { enum: REFERRAL_CHANNELS }).notNull(),
    sourceContactId: text('source_contact_id').references(() => contacts.id),
    /** Free-text description of the source when no contact record is kept. */
    sourceDescription: text('source_description'),
    /** The source asked that their identity be withheld. */
    sourceWithheld: integer('source_withheld', { mode: 'boolean' }).notNull().default(false),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
    summary: text('summary'),
    urgency: text('urgency', { enum: URGENCIES }).notNull().default('normal'),
    consent: text('consent', { enum: CONSENTS }).notNull().default('none'),
    status: text('status', { enum: REFERRAL_STATUSES }).notNull().default('new'),
    decidedOn: text('decided_on'),
    decisionReason: text('decision_reason'),
    assignedTo: text('assigned_to').references(() => users.id),
    createdBy: text('created_by').references(() => users.id),
    /** JSON of the first detention facts given at intake; becomes a detention episode when the case opens. */
    pendingDetention: text('pending_detention'),
    /** JSON array of the charges typed at intake ({code, article, description}); they become the case's charges on accept. */
    pendingCharges: text('pending_charges'),
  },
  (t) => [
    index('referrals_status_received_idx').on(t.status, t.receivedOn),
    index('referrals_country_received_idx').on(t.countryCode, t.receivedOn),
    index('referrals_person_idx').on(t.personId),
  ],
);

export const cases = sqliteTable(
  'cases',
  {
    ...recordColumns,
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    referralId: text('referral_id').references(() => referrals.id),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
    openedOn: text('opened_on').notNull(),
    status: text('status', { enum: CASE_STATUSES }).notNull().default('active'),
    closingReason: text('closing_reason', { enum: CLOSING_REASONS }),
    closedOn: text('closed_on'),
    caseworkerId: text('caseworker_id').references(() => users.id),
    supervisorId: text('supervisor_id').references(() => users.id),
    /** Kept current by the detention service so the case list can filter without a subquery. */
    detentionStatus: text('detention_status', { enum: DETENTION_STATUSES }).notNull().default('not_detained'),
    /** Last time anything on the case's timeline changed; drives "no action for N days" and review. */
    lastActivityAt: text('last_activity_at').notNull(),
    /** The case's reference shown on every screen and export (e.g. KZ-2026-7K3MQ); never reused. */
    reference: text('reference'),
  },
  (t) => [
    uniqueIndex('cases_reference_unique').on(t.reference),
    index('cases_country_status_idx').on(t.countryCode, t.status),
    index('cases_status_detention_idx').on(t.status, t.detentionStatus),
    index('cases_caseworker_idx').on(t.caseworkerId, t.status),
    index('cases_person_idx').on(t.personId),
    index('cases_last_activity_idx').on(t.lastActivityAt),
    // The case list sorts by opening date; without this 100,000 rows are sorted for every page.
    index('cases_opened_idx').on(t.openedOn),
    // Covers the case list's COUNT and its status/detention pages without reading table rows: with
    // 100,000 cases the unfiltered count drops from a full table scan (~80 ms) to a few ms.
    index('cases_list_idx').on(t.status, t.deletedAt, t.countryCode, t.detentionStatus, t.lastActivityAt, t.openedOn),
  ],
);
