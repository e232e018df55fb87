// The search store keeps only the latest answer: a slow reply to an older query never replaces
// a newer one; arrows wrap; a lock forgets the query and the hits.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import { useSearch } from '../../../renderer/src/features/search/searchStore';

type Reply = { ok: true; value: unknown };
const pending: { q: string; resolve: (r: Reply) => void }[] = [];

const hit = (personName: string) => ({ caseId: 'c', personId: 'p', personName, kind: 'name', recordId: null, text: personName, ranges: [], exactScript: true, redacted: false });

beforeAll(() => {
  const bridge = {
    call: (_method: string, input: { q: string }) => new Promise<Reply>((resolve) => pending.push({ q: input.q, resolve })),
    on: () => () => undefined,
  };
  Object.defineProperty(window, 'habeas', { value: bridge, configurable: true });
});

afterEach(() => {
  useSearch.getState().reset();
  pending.length = 0;
});

describe('search store', () => {
  it('ignores an answer to an older query that arrives last', async () => {
    const first = useSearch.getState().search('Ily');
    const second = useSearch.getState().search('Ilyashev');
    pending[1]?.resolve({ ok: true, value: [hit('Ильяшев Марат')] });
    await second;
    pending[0]?.resolve({ ok: true, value: [hit('Ilyasov'), hit('Ильин')] });
    await first;
    expect(useSearch.getState()).toMatchObject({ answered: 'Ilyashev', status: 'done', active: 0 });
    expect(useSearch.getState().hits.map((h) => h.personName)).toEqual(['Ильяшев Марат']);
  });

  it('moves through the hits with wrap-around', async () => {
    const done = useSearch.getState().search('a');
    pending[0]?.resolve({ ok: true, value: [hit('A'), hit('B'), hit('C')] });
    await done;
    const { move } = useSearch.getState();
    move(-1);
    expect(useSearch.getState().active).toBe(2);
    move(1);
    expect(useSearch.getState().active).toBe(0);
  });

  it('forgets everything on reset (the lock), including an answer still on its way', async () => {
    useSearch.getState().setOpen(true);
    useSearch.getState().setQuery('Kabirov');
    const late = useSearch.getState().search('Kabirov');
    useSearch.getState().reset();
    pending[0]?.resolve({ ok: true, value: [hit('Kabirov')] });
    await late;
    expect(useSearch.getState()).toMatchObject({ open: false, query: '', hits: [], status: 'idle' });
  });
});
