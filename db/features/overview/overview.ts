// The overview after unlock: the caller's own work, referrals waiting, cases changed since their
// review and counts per focus country, in one call. Every figure is an aggregate query (or the
// deadline list of the caller's own cases), so 20,000 cases cost a few grouped scans, never a loop
// per case. Counts only, no names: nothing here needs withholding, and visibility.ts narrows each count.
import type { ServiceContext } from '../../backend/context';
import type { HandlersFor } from '../../backend/handler-map';
import { OVERVIEW_WEEK_DAYS, type OverviewCountry, type OverviewMyWork, type OverviewReferrals, type OverviewReview, type overviewApi } from '../../contract/overview';
import { caseVisibleRaw, personVisibleRaw } from '../common/visibility';
import { deadlineEntries } from '../tasks/rule-tasks';

/** Overdue and due within the week, from the same deadline list as the deadlines screen. */
function myWork(ctx: ServiceContext): OverviewMyWork {
  const entries = deadlineEntries(ctx, 'mine', OVERVIEW_WEEK_DAYS);
  const overdue = entries.filter((e) => e.standing === 'overdue').length;
  return { overdue, dueThisWeek: entries.length - overdue };
}

function referralsWaiting(ctx: ServiceContext): OverviewReferrals {
  const shown = personVisibleRaw(ctx, 'r.person_id');
  const row = ctx.sqlite
    .prepare(
      `SELECT count(*) AS waiting, coalesce(sum(r.urgency = 'urgent'), 0) AS urgent FROM referrals r
        WHERE r.deleted_at IS NULL AND r.status IN ('new', 'assessing') AND ${shown.sql}`,
    )
    .get(...shown.params) as OverviewReferrals;
  return { waiting: row.waiting, urgent: row.urgent };
}

/**
 * Open cases changed after their latest review covered them, and those never reviewed: the same
 * comparison as the review queue's reasons. The latest review is SQLite's row of max(reviewed_at).
 */
function reviewCounts(ctx: ServiceContext): OverviewReview {
  const shown = caseVisibleRaw(ctx, 'c.id');
  const row = ctx.sqlite
    .prepare(
      `SELECT coalesce(sum(lr.covers_until IS NOT NULL AND c.last_activity_at > lr.covers_until), 0) AS changed,
              coalesce(sum(lr.case_id IS NULL), 0) AS neverReviewed
         FROM cases c
         LEFT JOIN (SELECT case_id, covers_until, max(reviewed_at) FROM reviews WHERE deleted_at IS NULL GROUP BY case_id) lr
           ON lr.case_id = c.id
        WHERE c.deleted_at IS NULL AND c.status <> 'closed' AND ${shown.sql}`,
    )
    .get(...shown.params) as OverviewReview;
  return { changed: row.changed, neverReviewed: row.neverReviewed };
}

function countryCounts(ctx: ServiceContext): OverviewCountry[] {
  const caseShown = caseVisibleRaw(ctx, 'c.id');
  const personShown = personVisibleRaw(ctx, 'r.person_id');
  const focus = ctx.sqlite.prepare('SELECT code FROM countries WHERE focus = 1 ORDER BY code').pluck().all() as string[];
  const casesBy = ctx.sqlite
    .prepare(
      `SELECT c.country_code AS code, count(*) AS openCases, coalesce(sum(c.detention_status = 'detained'), 0) AS detained
         FROM cases c
        WHERE c.deleted_at IS NULL AND c.status <> 'closed' AND c.country_code IN (SELECT code FROM countries WHERE focus = 1) AND ${caseShown.sql}
        GROUP BY c.country_code`,
    )
    .all(...caseShown.params) as { code: string; openCases: number; detained: number }[];
  const referralsBy = ctx.sqlite
    .prepare(
      `SELECT r.country_code AS code, count(*) AS n FROM referrals r
        WHERE r.deleted_at IS NULL AND r.status IN ('new', 'assessing') AND r.country_code IN (SELECT code FROM countries WHERE focus = 1) AND ${personShown.sql}
        GROUP BY r.country_code`,
    )
    .all(...personShown.params) as { code: string; n: number }[];
  const casesOf = new Map(casesBy.map((r) => [r.code, r]));
  const referralsOf = new Map(referralsBy.map((r) => [r.code, r.n]));
  return focus.map((countryCode) => ({
    countryCode,
    openCases: casesOf.get(countryCode)?.openCases ?? 0,
    detained: casesOf.get(countryCode)?.detained ?? 0,
    newReferrals: referralsOf.get(countryCode) ?? 0,
  }));
}

export const overviewHandlers: HandlersFor<typeof overviewApi> = {
  'overview.get': (ctx) => {
    const role = ctx.user.role;
    return {
      myWork: role === 'administrator' ? null : myWork(ctx),
      referrals: role === 'staff' ? null : referralsWaiting(ctx),
      review: role === 'supervisor' ? reviewCounts(ctx) : null,
      countries: countryCounts(ctx),
    };
  },
};
