// Property tests for the reminder rules over randomly built cases: closed cases are silent, the
// WGAD intervals follow the settings exactly, and the result depends only on the facts, not their order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { ADVOCACY_STATUSES, CASE_STATUSES, COURT_EVENT_KINDS, WGAD_OUTCOMES } from '../../../../shared/vocabulary';
import { classifyDeadline, DEFAULT_DEADLINE_SETTINGS, deriveDeadlines } from '../../../../db/features/tasks/deadlines';
import type { CaseDeadlineInput, DeadlineSettings } from '../../../../db/features/tasks/deadlines';
import { addDays, daysBetween, isPartialDate } from '../../../../shared/partial-date';

const day = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const partial = fc.oneof(day, day.map((d) => d.slice(0, 7)), day.map((d) => d.slice(0, 4)));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const recordId = fc.uuid();

const settingsArb: fc.Arbitrary<DeadlineSettings> = fc.record({
  wgadReplyDays: fc.integer({ min: 1, max: 365 }),
  wgadSourceCommentsDays: fc.integer({ min: 1, max: 365 }),
  wgadFollowUpDays: fc.integer({ min: 1, max: 3650 }),
  appealWindowDays: fc.integer({ min: 1, max: 365 }),
  staleCaseDays: fc.integer({ min: 1, max: 3650 }),
  upcomingDays: fc.integer({ min: 1, max: 365 }),
});

const petitionArb = fc.record({
  actionId: recordId,
  transmittedOn: maybe(day),
  replyDue: maybe(day),
  replyReceivedOn: maybe(day),
  sourceCommentsDue: maybe(day),
  sourceCommentsSentOn: maybe(day),
  opinionAdoptedOn: maybe(day),
  followUpDue: maybe(day),
  outcome: maybe(fc.constantFrom(...WGAD_OUTCOMES)),
});

const caseArb: fc.Arbitrary<CaseDeadlineInput> = fc.record({
  caseId: recordId,
  status: fc.constantFrom(...CASE_STATUSES),
  lastActivityOn: day,
  wgad: fc.array(petitionArb, { maxLength: 3 }),
  courtEvents: fc.array(fc.record({ id: recordId, kind: fc.constantFrom(...COURT_EVENT_KINDS), date: maybe(partial) }), { maxLength: 5 }),
  sentences: fc.array(
    fc.record({
      id: recordId,
      expectedRelease: maybe(partial),
      expectedReleasePrecision: fc.constant(null),
      superseded: fc.boolean(),
      episodeId: maybe(fc.constantFrom('ep-1', 'ep-2')),
    }),
    { maxLength: 3 },
  ),
  episodes: fc.array(fc.record({ id: fc.constantFrom('ep-1', 'ep-2'), releaseDate: maybe(day) }), { maxLength: 2 }),
  advocacy: fc.array(fc.record({ id: recordId, followUpDue: maybe(day), status: fc.constantFrom(...ADVOCACY_STATUSES) }), { maxLength: 4 }),
  tasks: fc.array(fc.record({ id: recordId, title: fc.string(), due: maybe(day), done: fc.boolean() }), { maxLength: 3 }),
});

describe('deriveDeadlines', () => {
  it('gives nothing for a closed case, whatever it holds', () => {
    fc.assert(
      fc.property(caseArb, settingsArb, day, (input, settings, today) => {
        expect(deriveDeadlines({ ...input, status: 'closed' }, settings, today)).toEqual([]);
      }),
    );
  });

  it('gives full due dates for the case, sorted by due date, and leaves the input alone', () => {
    fc.assert(
      fc.property(caseArb, settingsArb, day, (input, settings, today) => {
        const before = structuredClone(input);
        const found = deriveDeadlines(input, settings, today);
        expect(input).toEqual(before);
        for (const deadline of found) {
          expect(deadline.caseId).toBe(input.caseId);
          expect(/^\d{4}-\d{2}-\d{2}$/.test(deadline.due) && isPartialDate(deadline.due)).toBe(true);
        }
        expect(found.map((d) => d.due)).toEqual(found.map((d) => d.due).sort());
      }),
    );
  });

  it('is deterministic and ignores the order in which records arrive', () => {
    fc.assert(
      fc.property(caseArb, settingsArb, day, (input, settings, today) => {
        const reversed: CaseDeadlineInput = {
          ...input,
          wgad: [...input.wgad].reverse(),
          courtEvents: [...input.courtEvents].reverse(),
          sentences: [...input.sentences].reverse(),
          advocacy: [...input.advocacy].reverse(),
        };
        const found = deriveDeadlines(input, settings, today);
        expect(deriveDeadlines(input, settings, today)).toEqual(found);
        const key = (d: { kind: string; recordId: string; due: string }) => `${d.due} ${d.kind} ${d.recordId}`;
        expect(deriveDeadlines(reversed, settings, today).map(key)).toEqual(found.map(key));
      }),
    );
  });

  it('puts the reply due exactly wgadReplyDays after transmission', () => {
    fc.assert(
      fc.property(recordId, day, settingsArb, day, (actionId, transmittedOn, settings, today) => {
        const input: CaseDeadlineInput = {
          caseId: 'c',
          status: 'monitoring',
          lastActivityOn: today,
          wgad: [
            {
              actionId,
              transmittedOn,
              replyDue: null,
              replyReceivedOn: null,
              sourceCommentsDue: null,
              sourceCommentsSentOn: null,
              opinionAdoptedOn: null,
              followUpDue: null,
              outcome: 'pending',
            },
          ],
          courtEvents: [],
          sentences: [],
          episodes: [],
          advocacy: [],
        };
        const found = deriveDeadlines(input, settings, today);
        expect(found).toHaveLength(1);
        expect(found[0]?.kind).toBe('wgad_reply');
        expect(daysBetween(transmittedOn, found[0]?.due ?? '')).toBe(settings.wgadReplyDays);
      }),
    );
  });

  it('flags a case as stale exactly when it is active and idle for staleCaseDays or more', () => {
    fc.assert(
      fc.property(caseArb, settingsArb, day, (input, settings, today) => {
        const stale = deriveDeadlines(input, settings, today).filter((d) => d.kind === 'stale_case');
        const idle = daysBetween(input.lastActivityOn, today);
        const expected = input.status === 'active' && idle >= settings.staleCaseDays;
        expect(stale).toEqual(
          expected ? [expect.objectContaining({ recordId: input.caseId, due: addDays(input.lastActivityOn, settings.staleCaseDays) })] : [],
        );
      }),
    );
  });

  it('reminds of no hearing in the past, of no expected release that has passed, and of past appeal windows only as missed', () => {
    fc.assert(
      fc.property(caseArb, settingsArb, day, (input, settings, today) => {
        for (const d of deriveDeadlines(input, settings, today)) {
          if (d.kind === 'hearing' || d.kind === 'expected_release') expect(d.due >= today).toBe(true);
          // An appeal window in the past is there only as missed, and a missed one only in the past.
          if (d.facts.kind === 'appeal_window') expect(d.facts.missed).toBe(d.due < today);
          if (d.kind === 'release_unrecorded') expect(d.due < today).toBe(true);
        }
      }),
    );
  });
});

describe('classifyDeadline', () => {
  it('follows the number of days left', () => {
    fc.assert(
      fc.property(day, day, settingsArb, (due, today, settings) => {
        const left = daysBetween(today, due);
        const expected = left < 0 ? 'overdue' : left <= settings.upcomingDays ? 'upcoming' : 'later';
        expect(classifyDeadline(due, today, settings)).toBe(expected);
      }),
    );
  });

  it('uses the default settings window of 30 days', () => {
    expect(classifyDeadline(addDays('2024-01-01', 30), '2024-01-01', DEFAULT_DEADLINE_SETTINGS)).toBe('upcoming');
    expect(classifyDeadline(addDays('2024-01-01', 31), '2024-01-01', DEFAULT_DEADLINE_SETTINGS)).toBe('later');
  });
});
