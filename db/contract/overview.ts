// Contract slice: the overview shown after unlock, one call for the whole screen. Each block is
// null when it does not apply to the caller's role, so the screen shows only what is theirs to do.
import { z } from 'zod';

import { ALL_ROLES, method } from './core';

export interface OverviewMyWork {
  /** The caller's deadlines and tasks past due (tasks.deadlines, scope 'mine'). */
  overdue: number;
  /** Due within the next seven days. */
  dueThisWeek: number;
}

export interface OverviewReferrals {
  /** Referrals new or being assessed that the caller may see. */
  waiting: number;
  urgent: number;
}

export interface OverviewReview {
  /** Open cases changed after their latest review covered them. */
  changed: number;
  neverReviewed: number;
}

export interface OverviewCountry {
  countryCode: string;
  openCases: number;
  detained: number;
  newReferrals: number;
}

export interface Overview {
  /** Null for administrators, who run the system rather than casework. */
  myWork: OverviewMyWork | null;
  /** For those who take referrals in: caseworkers, supervisors and administrators. */
  referrals: OverviewReferrals | null;
  /** For supervisors. */
  review: OverviewReview | null;
  /** The focus countries, in the order of the reference list. */
  countries: OverviewCountry[];
}

/** Days ahead that count as "due this week". */
export const OVERVIEW_WEEK_DAYS = 7;

export const overviewApi = {
  'overview.get': method<Overview>()({ input: z.object({}), access: ALL_ROLES, effect: 'read' }),
} as const;
