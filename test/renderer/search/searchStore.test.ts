// The search store keeps only the latest answer: a slow reply to an older query never replaces
// a newer one; arrows wrap; a lock forgets the query and the hits.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { SearchHit } from '../../../db/api';
import { useSearch } from '../../../renderer/src/features/search/searchStore';
import { installBridge, ok, type HeldCall, type TestBridge } from '../support/bridge';

let bridge: TestBridge;
let pending: HeldCall<'search.query'>[] = [];

const hit = (personName: string): SearchHit => ({ caseId: 'c', personId: 'p', personName, kind: 'name', recordId: null, text: personName, ranges: [], exactScript: true, redacted: false });

beforeAll(() => {
  bridge = installBridge();
});

beforeEach(() => {
  pending = bridge.hold('search.query');
});

afterEach(() => {
  useSearch.getState().reset();
  // Every call the screen made had an answer the test chose.
  expect(bridge.unanswered).toEqual([]);
  bridge.reset();
});

describe('search store', () => {
  it('ignores an answer to an older query that arrives last', async () => {
    const first = useSearch.getState().search('Ily');
    const second = useSearch.getState().search('Ilyashev');
    pending[1]?.resolve(ok([hit('Ильяшев Марат')]));
    await second;
    pending[0]?.resolve(ok([hit('Ilyasov'), hit('Ильин')]));
    await first;
    expect(useSearch.getState()).toMatchObject({ answered: 'Ilyashev', status: 'done', active: 0 });
    expect(useSearch.getState().hits.map((h) => h.personName)).toEqual(['Ильяшев Марат']);
  });

  it('moves through the hits with wrap-around', async () => {
    const done = useSearch.getState().search('a');
    pending[0]?.resolve(ok([hit('A'), hit('B'), hit('C')]));
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
    pending[0]?.resolve(ok([hit('Kabirov')]));
    await late;
    expect(useSearch.getState()).toMatchObject({ open: false, query: '', hits: [], status: 'idle' });
  });
});
