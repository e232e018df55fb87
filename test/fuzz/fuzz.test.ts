// A short fuzz run as part of the suite: 2,000 seeded calls over every method on a real encrypted
// vault, with nothing escaping call(), no code outside the contract, no invalid rows afterwards and
// no stored value in any error text. `npm run fuzz` runs 100,000.
import { describe, expect, it } from 'vitest';

import { api } from '../../db/api';
import { runFuzz } from './fuzz';

describe('fuzzing the contract', () => {
  it('answers 2,000 seeded calls with Results only, and leaves the vault valid', () => {
    const report = runFuzz({ seed: 7, calls: 2000, cases: 20, slowMethodCalls: 60 });
    expect(report.calls).toBe(2000);
    expect(report.crashes).toEqual([]);
    expect(report.nonContract).toEqual([]);
    expect(report.leaks).toEqual([]);
    // Refused and accepted calls both happened, over most of the contract.
    expect(report.codes.VALIDATION).toBeGreaterThan(200);
    expect(report.codes.OK).toBeGreaterThan(200);
    expect(Object.keys(report.methods).filter((m) => m in api).length).toBeGreaterThan(Object.keys(api).length * 0.8);
    expect(report.invalidRows).toEqual([]);
  }, 300_000);
});
