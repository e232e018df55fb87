// The import wizard's state: the chosen file (its bytes, base64), what the backend saw in it, the
// mapping, the value review answers, duplicate decisions and the plan. The file's rows name
// detainees, so all of it is dropped on lock and when the wizard is left.
import type { ApiError, ImportDuplicate, ImportEncoding, ImportField, ImportInspection, ImportMapping, ImportPlan, ImportResult } from '../../../../db/api';
import { call } from '../../api/client';
import { i18n } from '../../i18n';
import { onLock, useSession } from '../../state/session';
import { createStore } from '../../state/store';
import { useToasts } from '../../state/toasts';
import { mappingForCall } from './mappingRules';

export type ImportStep = 1 | 2 | 3 | 4 | 5;
export const STEP_COUNT = 5;

export interface ChosenFile {
  fileName: string;
  size: number;
  /** The bytes, base64. */
  content: string;
}

export interface FileOptions {
  encoding?: ImportEncoding;
  delimiter?: string;
  sheet?: string;
}

export type ValueOverrides = Partial<Record<ImportField, Record<string, string | null>>>;
export type Decision = NonNullable<ImportDuplicate['decision']>;

interface ImportState {
  step: ImportStep;
  file: ChosenFile | null;
  options: FileOptions;
  inspection: ImportInspection | null;
  inspecting: boolean;
  mapping: ImportMapping;
  values: ValueOverrides;
  /** Country names to remember for later imports: the name as written → ISO code. */
  aliases: Record<string, string>;
  decisions: Record<string, Decision>;
  plan: ImportPlan | null;
  planning: boolean;
  running: boolean;
  progress: { done: number; total: number } | null;
  result: ImportResult | null;
  error: ApiError | null;
}

const EMPTY: ImportState = {
  step: 1,
  file: null,
  options: {},
  inspection: null,
  inspecting: false,
  mapping: { columns: {}, fixed: {} },
  values: {},
  aliases: {},
  decisions: {},
  plan: null,
  planning: false,
  running: false,
  progress: null,
  result: null,
  error: null,
};

export const useImport = createStore<ImportState>(() => EMPTY);

// Answers that come back after a newer request (or after a reset) are stale and dropped.
let generation = 0;
let planTimer: ReturnType<typeof setTimeout> | undefined;

function fileInput(state: ImportState) {
  const { file, options } = state;
  if (!file) return null;
  return { fileName: file.fileName, content: file.content, ...options };
}

export function resetImport(): void {
  generation++;
  clearTimeout(planTimer);
  useImport.setState(EMPTY, true);
}

onLock(resetImport);

export function goToStep(step: ImportStep): void {
  useImport.setState({ step, error: null });
  if (step === 3 && !useImport.getState().plan) void dryRun();
}

export async function chooseFile(file: ChosenFile): Promise<void> {
  resetImport();
  useImport.setState({ file });
  await inspect();
}

export async function inspect(options?: FileOptions): Promise<void> {
  if (options) useImport.setState({ options });
  const input = fileInput(useImport.getState());
  if (!input) return;
  const mine = ++generation;
  useImport.setState({ inspecting: true, error: null });
  const r = await call('imports.inspect', input);
  if (mine !== generation) return;
  if (!r.ok) {
    useImport.setState({ inspecting: false, error: r.error });
    return;
  }
  const { fixed } = useImport.getState().mapping;
  // Another encoding or sheet gives other headers and cells: guess again, keep the fixed values,
  // and forget answers given about the old cells.
  useImport.setState({
    inspecting: false,
    inspection: r.value,
    options: { ...useImport.getState().options, ...(r.value.sheet ? { sheet: r.value.sheet } : {}) },
    mapping: { columns: { ...r.value.suggested.columns }, fixed: { ...r.value.suggested.fixed, ...fixed } },
    values: {},
    aliases: {},
    decisions: {},
    plan: null,
  });
}

export function setMapping(mapping: ImportMapping): void {
  // A new mapping changes every row: the old plan and answers no longer apply.
  useImport.setState({ mapping, plan: null, values: {}, aliases: {}, decisions: {} });
}

function planInput(state: ImportState) {
  const input = fileInput(state);
  if (!input || !state.inspection) return null;
  return { ...input, mapping: mappingForCall(state.mapping, state.inspection.headers), values: state.values, decisions: state.decisions, aliases: state.aliases };
}

/**
 * The key of a decided duplicate the backend no longer finds (an override changed a name or a
 * birth date): it refuses the whole plan naming that key, so the decision is dropped and the plan
 * asked for again.
 */
function staleDecision(error: ApiError, decisions: Record<string, Decision>): string | null {
  if (error.code !== 'VALIDATION') return null;
  const key = (error.details as { key?: unknown } | undefined)?.key;
  return typeof key === 'string' && key in decisions ? key : null;
}

function withoutDecision(key: string): void {
  const decisions = { ...useImport.getState().decisions };
  delete decisions[key];
  useImport.setState({ decisions });
}

export async function dryRun(): Promise<void> {
  clearTimeout(planTimer);
  const mine = ++generation;
  useImport.setState({ planning: true, error: null });
  for (;;) {
    const state = useImport.getState();
    const input = planInput(state);
    if (!input) return useImport.setState({ planning: false });
    const r = await call('imports.dryRun', input);
    if (mine !== generation) return;
    if (r.ok) return useImport.setState({ planning: false, plan: r.value });
    const stale = staleDecision(r.error, state.decisions);
    if (stale === null) return useImport.setState({ planning: false, error: r.error });
    withoutDecision(stale);
  }
}

/** Typing in an override or clicking through decisions asks for one new plan, not one per change. */
function dryRunSoon(): void {
  clearTimeout(planTimer);
  useImport.setState({ planning: true });
  planTimer = setTimeout(() => void dryRun(), 400);
}

/** value: the value to store; null: leave empty; undefined: back to what the backend recognised. */
export function setOverride(field: ImportField, raw: string, value: string | null | undefined): void {
  const { values } = useImport.getState();
  const forField = { ...values[field] };
  if (value === undefined) delete forField[raw];
  else forField[raw] = value;
  const aliases = { ...useImport.getState().aliases };
  // A remembered country follows the value chosen for it; no value, nothing to remember.
  if (raw in aliases) {
    if (typeof value === 'string' && value !== '') aliases[raw] = value;
    else delete aliases[raw];
  }
  useImport.setState({ values: { ...values, [field]: forField }, aliases });
  dryRunSoon();
}

/** Remember (or forget) a country name the user mapped, for later imports; stored by the run. */
export function setRemembered(raw: string, remember: boolean): void {
  const { values, aliases } = useImport.getState();
  const code = values.country?.[raw] ?? values.citizenship?.[raw];
  const next = { ...aliases };
  if (remember && typeof code === 'string' && code !== '') next[raw] = code;
  else delete next[raw];
  useImport.setState({ aliases: next });
}

export function setDecisions(decisions: Record<string, Decision>): void {
  useImport.setState({ decisions: { ...useImport.getState().decisions, ...decisions } });
  dryRunSoon();
}

/** The value a VALIDATION error blames (an override the backend cannot read), to show it on that row. */
export function blamedValue(error: ApiError | null): { field: string; raw: string } | null {
  if (error?.code !== 'VALIDATION') return null;
  const details = error.details as { field?: unknown; raw?: unknown } | undefined;
  return typeof details?.field === 'string' && typeof details.raw === 'string' ? { field: details.field, raw: details.raw } : null;
}

export async function runImport(): Promise<void> {
  const input = planInput(useImport.getState());
  if (!input) return;
  const mine = ++generation;
  useImport.setState({ running: true, error: null, progress: null });
  const off = window.habeas.on('progress', (p) => {
    if (p.method === 'imports.run' && mine === generation) useImport.setState({ progress: { done: p.done, total: p.total } });
  });
  try {
    const r = await call('imports.run', input);
    if (mine !== generation) {
      // The wizard was left while the import ran: say it finished (but not on the lock screen).
      if (r.ok && useSession.getState().phase === 'unlocked') {
        useToasts.getState().show(i18n.t('import:run.finishedAway', { fileName: r.value.fileName, created: r.value.counts.created, updated: r.value.counts.updated }), 'success');
      }
      return;
    }
    if (r.ok) {
      // Done: keep only the counts; the file and its rows are no longer needed.
      useImport.setState({ ...EMPTY, step: 5, result: r.value });
    } else {
      useImport.setState({ running: false, error: r.error });
    }
  } finally {
    off();
  }
}
