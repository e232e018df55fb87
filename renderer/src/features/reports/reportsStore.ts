// The report screen's state: the form as last typed, the report shown and the options it was run
// with (exports use those, so the file matches the screen). Cleared on lock: it names detainees.
import type { ApiError, CountryReport, ReportOptions } from '../../../../db/api';
import { call } from '../../api/client';
import { onLock } from '../../state/session';
import { createStore } from '../../state/store';
import { presetPeriod } from './periodPresets';

/** The form's own shape: '' for "All countries". */
export interface ReportFormValues {
  countryCode: string;
  from: string;
  to: string;
  includeConfidentialNames: boolean;
}

export function initialFormValues(today = new Date()): ReportFormValues {
  return { countryCode: '', ...presetPeriod('lastMonth', today), includeConfidentialNames: false };
}

export function toReportOptions(values: ReportFormValues): ReportOptions {
  return {
    ...(values.countryCode === '' ? {} : { countryCode: values.countryCode }),
    from: values.from,
    to: values.to,
    includeConfidentialNames: values.includeConfidentialNames,
  };
}

interface ReportsState {
  form: ReportFormValues;
  report: CountryReport | null;
  /** The options the shown report was made with. */
  shown: ReportOptions | null;
  running: boolean;
  error: ApiError | null;
  keepForm: (form: ReportFormValues) => void;
  run: (options: ReportOptions) => Promise<ApiError | null>;
  reset: () => void;
}

let generation = 0;

export const useReports = createStore<ReportsState>((set) => ({
  form: initialFormValues(),
  report: null,
  shown: null,
  running: false,
  error: null,
  keepForm(form) {
    set({ form });
  },
  async run(options) {
    const mine = ++generation;
    // The old figures go at once: beside new options they would be read as the new report's.
    set({ running: true, error: null, report: null, shown: null });
    const r = await call('reports.country', options);
    // A newer run, or a lock, has replaced this one.
    if (mine !== generation) return null;
    if (r.ok) set({ report: r.value, shown: options, running: false });
    else set({ running: false, error: r.error });
    return r.ok ? null : r.error;
  },
  reset() {
    generation++;
    set({ form: initialFormValues(), report: null, shown: null, running: false, error: null });
  },
}));

onLock(() => useReports.getState().reset());
