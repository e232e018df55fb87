// Reminder rules from docs/architecture.md ("Deadlines a caseworker wants to be reminded of") as pure functions
// over one case's plain facts; the services feed them rows and turn the result into lists and tasks.
import { DEFAULT_SETTINGS, type SettingsValues } from '../../contract/admin';
import { appealWindowKey, type AppealWindowLevel, type AppealWindows } from '../../contract/appeal-windows';
import type { DeadlineFacts } from '../../contract/tasks';
import type { AdvocacyStatus, CaseStatus, CourtEventKind, DatePrecision, WgadOutcome } from '../../../shared/vocabulary';
import { addDays, daysBetween, isFullDate, requireFullDate } from '../../../shared/calendar';
import { formatPartialDate, isPartialDate, partialDateBounds } from '../../../shared/partial-date';

/** The settings the reminder rules read; their meaning, ranges and defaults are in db/contract/admin.ts. */
export type DeadlineSettings = Pick<
  SettingsValues,
  'wgadReplyDays' | 'wgadSourceCommentsDays' | 'wgadFollowUpDays' | 'appealWindowDays' | 'staleCaseDays' | 'upcomingDays'
> & {
  /** Windows per country and court level (db/contract/appeal-windows.ts); without it, appealWindowDays after verdicts. */
  appealWindows?: AppealWindows;
};

export const DEFAULT_DEADLINE_SETTINGS: Readonly<DeadlineSettings> = Object.freeze({
  wgadReplyDays: DEFAULT_SETTINGS.wgadReplyDays,
  wgadSourceCommentsDays: DEFAULT_SETTINGS.wgadSourceCommentsDays,
  wgadFollowUpDays: DEFAULT_SETTINGS.wgadFollowUpDays,
  appealWindowDays: DEFAULT_SETTINGS.appealWindowDays,
  staleCaseDays: DEFAULT_SETTINGS.staleCaseDays,
  upcomingDays: DEFAULT_SETTINGS.upcomingDays,
});

export type DeadlineKind =
  | 'wgad_reply'
  | 'wgad_source_comments'
  | 'wgad_follow_up'
  | 'hearing'
  | 'appeal_window'
  | 'expected_release'
  | 'release_unrecorded'
  | 'advocacy_follow_up'
  | 'stale_case'
  | 'task';

export type Deadline = {
  kind: DeadlineKind;
  caseId: string;
  /** The record the reminder is about; the case id itself for stale_case. */
  recordId: string;
  /** Full date YYYY-MM-DD. */
  due: string;
  /** What the reminder is about, for every screen to word in its own language. */
  facts: DeadlineFacts;
  /** The English title a rule-made task is stored under (tasks keep a title of their own). */
  title: string;
};

export type DeadlineStanding = 'overdue' | 'upcoming' | 'later';

export interface WgadPetitionDates {
  actionId: string;
  transmittedOn: string | null;
  /** Stored due dates win over computed ones: the WGAD may grant the government an extension. */
  replyDue: string | null;
  replyReceivedOn: string | null;
  sourceCommentsDue: string | null;
  sourceCommentsSentOn: string | null;
  opinionAdoptedOn: string | null;
  followUpDue: string | null;
  outcome: WgadOutcome | null;
}

export interface CaseDeadlineInput {
  caseId: string;
  status: CaseStatus;
  /** The case's country, for its appeal windows; without it, appealWindowDays after verdicts. */
  countryCode?: string;
  /** Keys of reminders someone dismissed with a reason (e.g. "appeal:<court event id>"). */
  dismissed?: readonly string[];
  /** Full date of the latest recorded activity on the case. */
  lastActivityOn: string;
  wgad: WgadPetitionDates[];
  /** Court event dates are partial; only those known to the day give reminders. */
  courtEvents: Array<{
    id: string;
    kind: CourtEventKind;
    date: string | null;
    /** The detention episode; an appeal counts against a decision of the same episode only. Left out: any. */
    episodeId?: string;
    /** What the court decided; an appeal event with an outcome is an appeal decision, which opens the cassation window. */
    outcome?: string | null;
  }>;
  sentences: Array<{
    id: string;
    /** Partial date. */
    expectedRelease: string | null;
    /** Carried for callers' convenience; the rules read the precision from the date string itself. */
    expectedReleasePrecision: DatePrecision | null;
    superseded: boolean;
    /** The episode this sentence belongs to; without it, any open episode counts as not released. */
    episodeId?: string | null;
  }>;
  episodes: Array<{ id: string; releaseDate: string | null }>;
  advocacy: Array<{ id: string; followUpDue: string | null; status: AdvocacyStatus }>;
  /** Open hand-typed tasks, if the caller wants them in the same list. */
  tasks?: Array<{ id: string; title: string; due: string | null; done: boolean }>;
}

/** Due dates that follow from the WGAD procedure's dates; null where the starting event has not happened. */
export function wgadDates(
  dates: { transmittedOn: string | null; replyReceivedOn: string | null; opinionAdoptedOn: string | null },
  settings: DeadlineSettings,
): { replyDue: string | null; sourceCommentsDue: string | null; followUpDue: string | null } {
  const after = (date: string | null, days: number): string | null => (date === null ? null : addDays(date, days));
  return {
    replyDue: after(dates.transmittedOn, settings.wgadReplyDays),
    sourceCommentsDue: after(dates.replyReceivedOn, settings.wgadSourceCommentsDays),
    followUpDue: after(dates.opinionAdoptedOn, settings.wgadFollowUpDays),
  };
}

export function classifyDeadline(due: string, today: string, settings: DeadlineSettings): DeadlineStanding {
  return standingIn(daysBetween(today, due), settings);
}

/** The standing of a deadline this many days away (negative once it has passed). */
export function standingIn(daysLeft: number, settings: Pick<DeadlineSettings, 'upcomingDays'>): DeadlineStanding {
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= settings.upcomingDays ? 'upcoming' : 'later';
}

// Dates that are missing or not full cannot anchor a dated reminder; they are skipped rather than
// guessed, and input validation at the API boundary is where malformed values get reported.
const full = (date: string | null | undefined): string | null => (date && isFullDate(date) ? date : null);

function wgadDeadlines(input: CaseDeadlineInput, settings: DeadlineSettings): Deadline[] {
  const found: Deadline[] = [];
  for (const petition of input.wgad) {
    // A petition the WGAD has filed (e.g. after release) has no further steps.
    if (petition.outcome === 'filed') continue;
    const computed = wgadDates(
      {
        transmittedOn: full(petition.transmittedOn),
        replyReceivedOn: full(petition.replyReceivedOn),
        opinionAdoptedOn: full(petition.opinionAdoptedOn),
      },
      settings,
    );
    const at = (kind: 'wgad_reply' | 'wgad_source_comments' | 'wgad_follow_up', due: string | null, title: string): void => {
      if (due) found.push({ kind, caseId: input.caseId, recordId: petition.actionId, due, facts: { kind }, title });
    };
    const opinion = full(petition.opinionAdoptedOn);
    if (opinion === null) {
      if (!petition.replyReceivedOn) {
        at('wgad_reply', full(petition.replyDue) ?? computed.replyDue, 'WGAD: government reply due');
      } else if (!petition.sourceCommentsSentOn) {
        at('wgad_source_comments', full(petition.sourceCommentsDue) ?? computed.sourceCommentsDue, 'WGAD: source comments due');
      }
    } else if (petition.outcome !== 'not_arbitrary') {
      // Follow-up asks the government what it did to implement an opinion finding arbitrary detention.
      at('wgad_follow_up', full(petition.followUpDue) ?? computed.followUpDue, 'WGAD: follow-up on the opinion');
    }
  }
  return found;
}

const COURT_EVENT_TITLE: Record<CourtEventKind, string> = {
  pre_trial_hearing: 'Pre-trial hearing',
  trial_hearing: 'Trial hearing',
  verdict: 'Verdict',
  appeal: 'Appeal hearing',
  cassation: 'Cassation hearing',
  supreme_court: 'Supreme Court hearing',
};
/** The later stages that count as the decision having been challenged, per level. */
const CHALLENGED_BY: Record<AppealWindowLevel, ReadonlySet<CourtEventKind>> = {
  verdict: new Set(['appeal', 'cassation', 'supreme_court']),
  appeal: new Set(['cassation', 'supreme_court']),
};

/** How many days the law leaves after a decision of this level in this country; null: no reminder. */
export function appealWindowDays(settings: DeadlineSettings, countryCode: string | undefined, level: AppealWindowLevel): number | null {
  const table = countryCode === undefined ? undefined : settings.appealWindows?.[countryCode];
  const days = table?.[level];
  if (days !== undefined) return days;
  return level === 'verdict' ? settings.appealWindowDays : null;
}

type CourtEvent = CaseDeadlineInput['courtEvents'][number];

/** The level of window a court event's decision opens, if it opens one. */
function windowLevel(event: CourtEvent): AppealWindowLevel | null {
  if (event.kind === 'verdict') return 'verdict';
  if (event.kind === 'appeal' && event.outcome !== undefined && event.outcome !== null && event.outcome.trim() !== '') return 'appeal';
  return null;
}

const sameEpisode = (a: CourtEvent, b: CourtEvent): boolean => a.episodeId === undefined || b.episodeId === undefined || a.episodeId === b.episodeId;

function appealWindows(input: CaseDeadlineInput, settings: DeadlineSettings, today: string): Deadline[] {
  const found: Deadline[] = [];
  const dismissed = new Set(input.dismissed ?? []);
  for (const event of input.courtEvents) {
    const level = windowLevel(event);
    // A decision known only to the month or year cannot anchor a window: it is left out, not guessed.
    const date = full(event.date);
    if (level === null || date === null) continue;
    const days = appealWindowDays(settings, input.countryCode, level);
    if (days === null) continue;
    const key = appealWindowKey(event.id);
    if (dismissed.has(key)) continue;
    const challenged = input.courtEvents.some(
      (other) =>
        other.id !== event.id &&
        sameEpisode(event, other) &&
        CHALLENGED_BY[level].has(other.kind) &&
        other.date !== null &&
        isPartialDate(other.date) &&
        partialDateBounds(other.date).last >= date,
    );
    if (challenged) continue;
    // Of an appeal's several decisions (adjourned, then decided), the latest one opens the window.
    const superseded =
      level === 'appeal' &&
      input.courtEvents.some((other) => other.id !== event.id && sameEpisode(event, other) && windowLevel(other) === 'appeal' && (full(other.date) ?? '') > date);
    if (superseded) continue;
    const closes = addDays(date, days);
    // A window that closed unchallenged stays listed, as missed, until an appeal is recorded or
    // someone dismisses it with a reason: a silently vanished deadline is how appeals get lost.
    const missed = closes < today;
    const facts = { kind: 'appeal_window', level, decidedOn: date, missed, key } as const;
    const title = missed ? 'Appeal window missed' : level === 'verdict' ? 'Appeal window closes' : 'Cassation window closes';
    found.push({ kind: 'appeal_window', caseId: input.caseId, recordId: event.id, due: closes, facts, title });
  }
  return found;
}

function courtDeadlines(input: CaseDeadlineInput, settings: DeadlineSettings, today: string): Deadline[] {
  const found: Deadline[] = [];
  const { caseId, courtEvents } = input;
  for (const event of courtEvents) {
    // Only a known day can be a reminder; "hearing in March" stays on the timeline.
    const date = full(event.date);
    if (date !== null && date >= today) {
      found.push({ kind: 'hearing', caseId, recordId: event.id, due: date, facts: { kind: 'hearing', courtEventKind: event.kind }, title: COURT_EVENT_TITLE[event.kind] });
    }
  }
  return [...found, ...appealWindows(input, settings, today)];
}

function isReleased(input: CaseDeadlineInput, episodeId: string | null | undefined): boolean {
  if (episodeId) return input.episodes.some((episode) => episode.id === episodeId && episode.releaseDate !== null);
  return input.episodes.length > 0 && input.episodes.every((episode) => episode.releaseDate !== null);
}

function releaseDeadlines(input: CaseDeadlineInput, today: string): Deadline[] {
  const found: Deadline[] = [];
  for (const sentence of input.sentences) {
    const expected = sentence.expectedRelease;
    if (sentence.superseded || expected === null || !isPartialDate(expected)) continue;
    if (isReleased(input, sentence.episodeId)) continue;
    const { first, last } = partialDateBounds(expected);
    const shown = formatPartialDate(expected, 'en');
    if (last >= today) {
      // While a partial date's span is under way the release may come any day, so it is due today.
      const due = first >= today ? first : today;
      const facts = { kind: 'expected_release', expectedRelease: expected } as const;
      found.push({ kind: 'expected_release', caseId: input.caseId, recordId: sentence.id, due, facts, title: `Expected release: ${shown}` });
    } else {
      found.push({
        kind: 'release_unrecorded',
        caseId: input.caseId,
        recordId: sentence.id,
        due: last,
        facts: { kind: 'release_unrecorded', expectedRelease: expected },
        title: `Expected release (${shown}) has passed with no release recorded`,
      });
    }
  }
  return found;
}

function advocacyAndTaskDeadlines(input: CaseDeadlineInput): Deadline[] {
  const found: Deadline[] = [];
  for (const action of input.advocacy) {
    const due = full(action.followUpDue);
    if (due && action.status !== 'done') {
      found.push({ kind: 'advocacy_follow_up', caseId: input.caseId, recordId: action.id, due, facts: { kind: 'advocacy_follow_up' }, title: 'Advocacy follow-up due' });
    }
  }
  for (const task of input.tasks ?? []) {
    const due = full(task.due);
    if (due && !task.done) found.push({ kind: 'task', caseId: input.caseId, recordId: task.id, due, facts: { kind: 'task', title: task.title }, title: task.title });
  }
  return found;
}

function staleDeadline(input: CaseDeadlineInput, settings: DeadlineSettings, today: string): Deadline[] {
  const lastActivity = full(input.lastActivityOn);
  if (input.status !== 'active' || lastActivity === null) return [];
  const due = addDays(lastActivity, settings.staleCaseDays);
  if (due > today) return [];
  const title = `No activity for ${settings.staleCaseDays} days`;
  return [{ kind: 'stale_case', caseId: input.caseId, recordId: input.caseId, due, facts: { kind: 'stale_case', days: settings.staleCaseDays }, title }];
}

/** Every reminder one case gives rise to on `today`, ordered by due date; closed cases give none. */
export function deriveDeadlines(input: CaseDeadlineInput, settings: DeadlineSettings, today: string): Deadline[] {
  requireFullDate(today);
  if (input.status === 'closed') return [];
  return [
    ...wgadDeadlines(input, settings),
    ...courtDeadlines(input, settings, today),
    ...releaseDeadlines(input, today),
    ...advocacyAndTaskDeadlines(input),
    ...staleDeadline(input, settings, today),
  ].sort(byDueThenKind);
}

function byDueThenKind(a: Deadline, b: Deadline): number {
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0;
}
