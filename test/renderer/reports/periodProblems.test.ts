// The form's period check mirrors the contract: real ISO days, in order, 1900 to 2200.
import { describe, expect, it } from 'vitest';

import { periodProblems } from '../../../renderer/src/features/reports/periodProblems';

describe('periodProblems', () => {
  it('accepts a period in order, and a single day', () => {
    expect(periodProblems({ from: '2024-01-01', to: '2024-12-31' })).toEqual({});
    expect(periodProblems({ from: '2024-02-29', to: '2024-02-29' })).toEqual({});
  });
  it('names each empty or impossible date', () => {
    expect(periodProblems({ from: '', to: '2023-02-29' })).toEqual({ from: 'missing', to: 'notADate' });
    expect(periodProblems({ from: '2024-13-01', to: '24-01-01' })).toEqual({ from: 'notADate', to: 'notADate' });
  });
  it('says when the period ends before it begins', () => {
    expect(periodProblems({ from: '2024-12-31', to: '2024-01-01' })).toEqual({ to: 'order' });
  });
  it('keeps to the contract bounds', () => {
    expect(periodProblems({ from: '1899-12-31', to: '2201-01-01' })).toEqual({ from: 'range', to: 'range' });
    expect(periodProblems({ from: '1900-01-01', to: '2200-12-31' })).toEqual({});
  });
});
