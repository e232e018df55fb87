import { describe, expect, it } from 'vitest';

import { hitAddress } from '../../../renderer/src/features/search/hitAddress';

describe('hitAddress', () => {
  it("opens a name or spelling at the person's case", () => {
    expect(hitAddress({ caseId: 'c1', kind: 'name', recordId: null })).toBe('/cases/c1');
    expect(hitAddress({ caseId: 'c1', kind: 'variant', recordId: null })).toBe('/cases/c1');
  });

  it('opens a charge, facility or note on its tab with the record marked', () => {
    expect(hitAddress({ caseId: 'c1', kind: 'charge', recordId: 'r1' })).toBe('/cases/c1?tab=detention&record=r1');
    expect(hitAddress({ caseId: 'c1', kind: 'facility', recordId: 'e1' })).toBe('/cases/c1?tab=detention&record=e1');
    expect(hitAddress({ caseId: 'c1', kind: 'note', recordId: 'n1' })).toBe('/cases/c1?tab=events&record=n1');
  });

  it('has nowhere to go for a person without a case', () => {
    expect(hitAddress({ caseId: null, kind: 'name', recordId: null })).toBeNull();
  });
});
