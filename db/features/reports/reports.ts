// The per-country summary report: reports.country (the figures), reports.exportCsv (the same
// figures as CSV, audited) and reports.recordExport (audits exports made elsewhere: PDF, JSON).
// Rows come from reports-data.ts; every definition is in db/features/reports/report.ts.
import type { ServiceContext } from '../../backend/context';
import { notFound } from '../../backend/errors';
import type { HandlersFor } from '../../backend/handler-map';
import type { CountryReport, CountryReportSection, ReportOptions, reportsApi } from '../../contract/reports';
import { detainedAt, periodFigures, previousPeriod, type Period } from './report';
import { compareFigures, reportNames, type NamedPerson } from './report-compare';
import { reportToCsv } from './reports-csv';
import { loadReportRows, reportCountries, type CountryRows, type ReportCountry } from './reports-data';

function detainedPeople(rows: CountryRows, day: string): NamedPerson[] {
  // episodes and episodePeople are loaded side by side; a person is named once.
  const byPerson = new Map<string, NamedPerson>();
  rows.episodes.forEach((episode, i) => {
    const person = rows.episodePeople[i];
    if (person && detainedAt(episode, day) === true) byPerson.set(episode.personId, person);
  });
  return [...byPerson.values()];
}

export function buildReport(ctx: ServiceContext, options: ReportOptions): CountryReport {
  return reportWithCountries(ctx, options).report;
}

function reportWithCountries(ctx: ServiceContext, options: ReportOptions): { report: CountryReport; countries: ReportCountry[] } {
  const period: Period = { from: options.from, to: options.to };
  const previous = previousPeriod(period);
  const countries = reportCountries(ctx, options.countryCode);
  if (options.countryCode !== undefined && countries.length === 0) throw notFound(`The country ${options.countryCode}`, { reason: 'country_not_found', params: { countryCode: options.countryCode } });
  const rows = loadReportRows(ctx, countries.map((c) => c.code));
  const sections: CountryReportSection[] = countries.map((country) => {
    const countryRows = rows.get(country.code);
    if (!countryRows) return { countryCode: country.code, countryName: country.nameEn, groups: [], people: [] };
    return {
      countryCode: country.code,
      countryName: country.nameEn,
      groups: compareFigures(periodFigures(countryRows, period), periodFigures(countryRows, previous)),
      people: reportNames(detainedPeople(countryRows, period.to), options.includeConfidentialNames),
    };
  });
  return { report: { generatedAt: ctx.now(), period, previousPeriod: previous, includeConfidentialNames: options.includeConfidentialNames, sections }, countries };
}

/** What the audit entry says about the export: the options as chosen, never any figure or name. */
const auditedOptions = (options: ReportOptions) => ({
  countryCode: options.countryCode ?? 'all',
  from: options.from,
  to: options.to,
  includeConfidentialNames: options.includeConfidentialNames,
});

export const reportsHandlers: HandlersFor<typeof reportsApi> = {
  'reports.country': (ctx, input) => {
    const report = buildReport(ctx, input);
    // Showing confidential people by name is a reveal, recorded like contact reveals (contacts.list).
    if (input.includeConfidentialNames) ctx.audit({ action: 'report.reveal', changes: { options: auditedOptions(input) } });
    return report;
  },
  'reports.exportCsv': (ctx, input) => {
    const { report, countries } = reportWithCountries(ctx, input);
    const russian = new Map(countries.map((c) => [c.code, c.nameRu]));
    const csv = reportToCsv(report, input.language, {
      countryName: (code, english) => (input.language === 'ru' ? (russian.get(code) ?? english) : english),
    });
    // Who exported is recorded by the audit writer itself (user id and name on the entry).
    ctx.audit({ action: 'report.export', changes: { format: 'csv', options: auditedOptions(input) } });
    const filename = `habeas-report-${input.countryCode ?? 'all'}-${input.from}-to-${input.to}.csv`;
    return { filename, csv };
  },
  'reports.recordExport': (ctx, input) => {
    ctx.audit({ action: 'report.export', changes: { format: input.format, options: auditedOptions(input.options) } });
    return { recorded: true };
  },
};
