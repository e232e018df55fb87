// Detention episodes and what the courts did within them: charges, court events, sentences.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

import {
  ARREST_WARRANT,
  CHARGE_CATEGORIES,
  COURT_EVENT_KINDS,
  DETENTION_TYPES,
  OBSERVATION_SOURCES,
  RELEASE_REASONS,
  SENTENCE_CHANGES,
  SENTENCE_TYPES,
} from '../../shared/vocabulary';
import { cases } from './cases';
import { partialDateColumns, recordColumns } from './columns';
import { people } from './people';

const arrest = partialDateColumns('arrest_date');
const release = partialDateColumns('release_date');

export const detentionEpisodes = sqliteTable(
  'detention_episodes',
  {
    ...recordColumns,
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    arrestDate: arrest.value,
    arrestDatePrecision: arrest.precision,
    place: text('place'),
    authority: text('authority'),
    /** Whether a warrant or other decision of a public authority was shown at arrest: yes, no or unknown. */
    arrestWarrant: text('arrest_warrant', { enum: ARREST_WARRANT }),
    /** What the warrant said, who issued it, or why none was shown. */
    arrestWarrantNote: text('arrest_warrant_note'),
    /** The grounds the authorities gave for the detention. */
    detentionGrounds: text('detention_grounds'),
    detentionType: text('detention_type', { enum: DETENTION_TYPES }).notNull(),
    facility: text('facility'),
    releaseDate: release.value,
    releaseDatePrecision: release.precision,
    releaseReason: text('release_reason', { enum: RELEASE_REASONS }),
  },
  (t) => [
    index('episodes_case_idx').on(t.caseId, t.arrestDate),
    index('episodes_person_idx').on(t.personId),
    index('episodes_arrest_idx').on(t.arrestDate),
    index('episodes_release_idx').on(t.releaseDate),
  ],
);

export const charges = sqliteTable(
  'charges',
  {
    ...recordColumns,
    episodeId: text('episode_id')
      .notNull()
      .references(() => detentionEpisodes.id),
    /** Criminal code, e.g. "UK RK" (Kazakhstan) or "УК РФ". */
    code: text('code').notNull(),
    article: text('article').notNull(),
    text: text('text'),
    category: text('category', { enum: CHARGE_CATEGORIES }).notNull().default('other'),
  },
  (t) => [index('charges_episode_idx').on(t.episodeId), index('charges_article_idx').on(t.code, t.article)],
);

const courtDate = partialDateColumns('date');

export const courtEvents = sqliteTable(
  'court_events',
  {
    ...recordColumns,
    episodeId: text('episode_id')
      .notNull()
      .references(() => detentionEpisodes.id),
    court: text('court'),
    date: courtDate.value.notNull(),
    datePrecision: courtDate.precision.notNull(),
    kind: text('kind', { enum: COURT_EVENT_KINDS }).notNull(),
    outcome: text('outcome'),
  },
  (t) => [index('court_events_episode_idx').on(t.episodeId, t.date), index('court_events_date_idx').on(t.date)],
);

const start = partialDateColumns('start_date');
const handedDown = partialDateColumns('handed_down_on');

export const sentences = sqliteTable(
  'sentences',
  {
    ...recordColumns,
    episodeId: text('episode_id')
      .notNull()
      .references(() => detentionEpisodes.id),
    courtEventId: text('court_event_id').references(() => courtEvents.id),
    type: text('type', { enum: SENTENCE_TYPES }).notNull(),
    years: integer('years').notNull().default(0),
    months: integer('months').notNull().default(0),
    days: integer('days').notNull().default(0),
    life: integer('life', { mode: 'boolean' }).notNull().default(false),
    startDate: start.value,
    startDatePrecision: start.precision,
    creditDays: integer('credit_days').notNull().default(0),
    /** How this sentence changed the one it supersedes; null for an original sentence. */
    change: text('change', { enum: SENTENCE_CHANGES }),
    supersedesId: text('supersedes_id'),
    /** Set on the earlier sentence when a later one replaces it. */
    supersededById: text('superseded_by_id'),
    /** Computed from start, term and credit; a partial date when the start is partial. */
    expectedRelease: text('expected_release'),
    expectedReleasePrecision: text('expected_release_precision', { enum: ['year', 'month', 'day'] }),
    handedDownOn: handedDown.value,
    handedDownOnPrecision: handedDown.precision,
    /** The upper term of a range ("3 to 8 years"); null for a single term. years/months/days hold the lower term. */
    maxYears: integer('max_years'),
    maxMonths: integer('max_months'),
    maxDays: integer('max_days'),
  },
  (t) => [index('sentences_episode_idx').on(t.episodeId), index('sentences_release_idx').on(t.expectedRelease)],
);

const observed = partialDateColumns('observed_on');

/**
 * "Known to be held on DATE": a census row of an imported list, a prison visit, a court hearing.
 * Reports count a detainee with no (or a coarse) arrest date as held in a period that holds one.
 */
export const detentionObservations = sqliteTable(
  'detention_observations',
  {
    ...recordColumns,
    episodeId: text('episode_id')
      .notNull()
      .references(() => detentionEpisodes.id),
    observedOn: observed.value.notNull(),
    observedOnPrecision: observed.precision.notNull(),
    source: text('source', { enum: OBSERVATION_SOURCES }).notNull(),
    note: text('note'),
  },
  (t) => [index('observations_episode_idx').on(t.episodeId, t.observedOn), index('observations_date_idx').on(t.observedOn)],
);
