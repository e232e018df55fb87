// Contract slice: how long the law leaves to challenge a court decision, per country and per court
// level, and the dismissal of a missed window with a reason. Pure zod and types. The defaults and
// their sources are in docs/appeal-windows.md; they must be checked against the current codes.
import { z } from 'zod';

import { ALL_ROLES, countryCode, id, method, nonEmpty } from './core';
import type { CourtEventKind } from '../../shared/vocabulary';

/**
 * The court decisions that open a window, named by the court event kind that records them:
 * a first-instance verdict opens the appeal window; an appeal decision (an appeal court event with
 * an outcome recorded) opens the cassation window.
 */
export const APPEAL_WINDOW_LEVELS = ['verdict', 'appeal'] as const satisfies readonly CourtEventKind[];
export type AppealWindowLevel = (typeof APPEAL_WINDOW_LEVELS)[number];

export const APPEAL_WINDOW_DAYS = { min: 1, max: 3650 } as const;
const days = z.number().int().min(APPEAL_WINDOW_DAYS.min).max(APPEAL_WINDOW_DAYS.max);

/** Days per level for one country; a level left out gives no reminder from that country's table. */
export const appealWindowLevelsShape = z.object({ verdict: days.optional(), appeal: days.optional() }).strict();
export type AppealWindowLevels = z.infer<typeof appealWindowLevelsShape>;

/** Country code (ISO 3166-1 alpha-2) to its levels. A country not in the table uses appealWindowDays for verdicts. */
export const appealWindowsShape = z.record(countryCode, appealWindowLevelsShape);
export type AppealWindows = Record<string, AppealWindowLevels>;

/**
 * The five focus countries' defaults, first-instance verdict to appeal, in days (see
 * docs/appeal-windows.md for the article each comes from and how sure it is). Cassation limits are
 * left for the organisation to enter: they run from a verdict's entry into force and were not
 * certain enough to ship as figures.
 */
export const DEFAULT_APPEAL_WINDOWS: Readonly<AppealWindows> = Object.freeze({
  KZ: { verdict: 15 },
  KG: { verdict: 15 },
  TJ: { verdict: 15 },
  TM: { verdict: 10 },
  UZ: { verdict: 10 },
});

/** A reminder someone dismissed, with why. */
export interface DeadlineDismissal {
  id: string;
  caseId: string;
  /** e.g. "appeal:<court event id>". */
  key: string;
  reason: string;
  dismissedBy: string | null;
  dismissedByName: string | null;
  dismissedAt: string;
}

/** The key a missed appeal window is dismissed under. */
export const appealWindowKey = (courtEventId: string): string => `appeal:${courtEventId}`;

const writers = ['caseworker', 'supervisor', 'administrator'] as const;

export const appealWindowsApi = {
  /** The table in force: the stored one, or the defaults when none was saved. */
  'settings.appealWindows': method<AppealWindows>()({ input: z.object({}), access: ALL_ROLES, effect: 'read' }),
  /** Replaces the whole table. */
  'settings.updateAppealWindows': method<AppealWindows>()({
    input: z.object({ windows: appealWindowsShape }),
    access: ['administrator'],
    effect: 'write',
  }),
  /** Takes a missed window (or another reminder) off the lists, with the reason kept and shown on the case. */
  'deadlines.dismiss': method<DeadlineDismissal>()({
    input: z.object({ caseId: id, key: z.string().trim().regex(/^appeal:[0-9a-f-]{36}$/, 'Not a reminder key'), reason: nonEmpty(1000) }),
    access: writers,
    effect: 'write',
  }),
  /** The dismissed reminders of one case, newest first. */
  'deadlines.dismissals': method<DeadlineDismissal[]>()({ input: z.object({ caseId: id }), access: ALL_ROLES, effect: 'read' }),
} as const;
