// Contract slice: the per-country summary report, its CSV export and the record of other exports
// (PDF from the window, JSON from the CLI). Pure zod and types: the renderer imports this through
// db/api.ts. The figures' definitions live in db/features/reports/report.ts.
import { z } from 'zod';

import { countryCode, FIELD_MESSAGES, isoDate, method, type Role } from './core';

/** Staff write the reports; supervisors and administrators may too. Caseworkers may not. */
export const REPORT_ROLES: readonly Role[] = ['staff', 'supervisor', 'administrator'];

export const REPORT_GROUPS = [
  'referrals_by_channel',
  'referrals_by_profession',
  'referrals_decided',
  'detained_by_type',
  'detained_by_facility',
  'arrests',
  'releases_by_reason',
  'sentences',
  'charges',
  'advocacy_by_type',
  'wgad_petitions_submitted',
  'wgad_opinions',
  'overdue_tasks',
] as const;
export type ReportGroupName = (typeof REPORT_GROUPS)[number];

export const REPORT_EXPORT_FORMATS = ['csv', 'pdf', 'json'] as const;

/** Languages the CSV's label columns are written in. */
export const REPORT_LANGUAGES = ['en', 'ru'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];
export type ReportExportFormat = (typeof REPORT_EXPORT_FORMATS)[number];

/** One figure beside its value for the previous period; null where there is no value (a median of nothing). */
export interface ReportFigure {
  key: string;
  current: number | null;
  previous: number | null;
  /** current − previous; null when either is null. */
  change: number | null;
}

/**
 * Why a record is left out of a group: 'no_date', its date (an arrest, a decision, a sentence) is
 * not known at all; 'coarse_date', it is known only to a year or month that runs across the
 * period's bounds, so it may or may not fall inside.
 */
export const LEFT_OUT_REASONS = ['no_date', 'coarse_date'] as const;
export type LeftOutReason = (typeof LEFT_OUT_REASONS)[number];

/** How many records one period leaves out of a group, by reason. */
export type LeftOut = Record<LeftOutReason, number>;

export interface ReportGroup {
  group: ReportGroupName;
  figures: ReportFigure[];
  /** Records left out because their dates cannot place them, by reason, for both periods. */
  leftOut: { current: LeftOut; previous: LeftOut };
}

export interface CountryReportSection {
  countryCode: string;
  countryName: string;
  groups: ReportGroup[];
  /**
   * Names of the people detained at the end of the period, A to Z; confidential people appear as
   * "Confidential (1)", "Confidential (2)", … unless includeConfidentialNames was set.
   */
  people: string[];
}

export interface CountryReport {
  /** When the figures were computed (ISO timestamp, UTC): printed on the report and its PDF. */
  generatedAt: string;
  period: { from: string; to: string };
  previousPeriod: { from: string; to: string };
  includeConfidentialNames: boolean;
  sections: CountryReportSection[];
}

export interface ReportCsv {
  filename: string;
  csv: string;
}

export const reportOptions = z
  .object({
    /** Left out: every country with any data, one section each. */
    countryCode: countryCode.optional(),
    from: isoDate,
    to: isoDate,
    includeConfidentialNames: z.boolean().default(false),
  })
  .refine((v) => v.from <= v.to, { path: ['to'], message: FIELD_MESSAGES.period_order })
  // The same bounds as partial dates; also keeps the previous period's arithmetic inside the calendar.
  .refine((v) => v.from >= '1900-01-01', { path: ['from'], message: 'Choose a period after 1900' })
  .refine((v) => v.to <= '2200-12-31', { path: ['to'], message: 'Choose a period before 2201' });
export type ReportOptions = z.output<typeof reportOptions>;

export const reportsApi = {
  /** With includeConfidentialNames it also writes a 'report.reveal' audit entry; nothing else changes. */
  'reports.country': method<CountryReport>()({ input: reportOptions, access: REPORT_ROLES, effect: 'read' }),
  /** Writes a 'report.export' audit entry with the options, in the same transaction. */
  'reports.exportCsv': method<ReportCsv>()({
    /** language: the words of the label columns and the second header row; the figures are the same. */
    input: reportOptions.and(z.object({ language: z.enum(REPORT_LANGUAGES).default('en') })),
    access: REPORT_ROLES,
    effect: 'write',
  }),
  /** Records an export made elsewhere (the window's PDF, the CLI's JSON) in the audit log; changes nothing else. */
  'reports.recordExport': method<{ recorded: true }>()({
    input: z.object({
      format: z.enum(['pdf', 'json']),
      options: reportOptions,
    }),
    access: REPORT_ROLES,
    effect: 'write',
  }),
} as const;
