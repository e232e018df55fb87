// The referrals inbox: its filters, the page of referrals they select and each one's summary
// excerpt. Cleared on lock, so no name or summary stays in memory behind the unlock screen.
import type { ApiError, ReferralStatus, ReferralSummary, Urgency } from '../../../../db/api';
import { call } from '../../api/client';
import { onLock } from '../../state/session';
import { createStore } from '../../state/store';

export interface ReferralFilters {
  status: ReferralStatus[];
  countryCode: string;
  urgency: Urgency | '';
}

interface ReferralsState {
  filters: ReferralFilters;
  rows: ReferralSummary[];
  total: number;
  /** Summary text by referral id; absent until fetched. */
  excerpts: Record<string, string | null>;
  loading: boolean;
  error: ApiError | null;
  setFilters: (patch: Partial<ReferralFilters>) => void;
  load: () => Promise<void>;
  reset: () => void;
}

export const PAGE_SIZE = 100;
const DEFAULT_FILTERS: ReferralFilters = { status: ['new', 'assessing'], countryCode: '', urgency: '' };
let generation = 0;

// referrals.list gives no summary text: each listed referral's own record supplies the excerpt.
async function fetchExcerpts(ids: string[]): Promise<Record<string, string | null>> {
  const found = await Promise.all(ids.map(async (id) => [id, await call('referrals.get', { id })] as const));
  const out: Record<string, string | null> = {};
  for (const [id, r] of found) if (r.ok) out[id] = r.value.summary;
  return out;
}

export const useReferrals = createStore<ReferralsState>((set, get) => ({
  filters: DEFAULT_FILTERS,
  rows: [],
  total: 0,
  excerpts: {},
  loading: false,
  error: null,
  setFilters(patch) {
    set({ filters: { ...get().filters, ...patch } });
    void get().load();
  },
  async load() {
    const mine = ++generation;
    const { status, countryCode, urgency } = get().filters;
    set({ loading: true });
    const r = await call('referrals.list', {
      status,
      ...(countryCode ? { countryCode } : {}),
      ...(urgency ? { urgency: [urgency] } : {}),
      limit: PAGE_SIZE,
    });
    if (mine !== generation) return;
    if (!r.ok) {
      set({ loading: false, error: r.error });
      return;
    }
    set({ rows: r.value.rows, total: r.value.total, loading: false, error: null });
    const missing = r.value.rows.map((row) => row.id).filter((id) => !(id in get().excerpts));
    if (missing.length === 0) return;
    const excerpts = await fetchExcerpts(missing);
    if (mine === generation) set({ excerpts: { ...get().excerpts, ...excerpts } });
  },
  reset() {
    generation++;
    set({ filters: DEFAULT_FILTERS, rows: [], total: 0, excerpts: {}, loading: false, error: null });
  },
}));

onLock(() => useReferrals.getState().reset());
