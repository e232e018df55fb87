// The report screen with a stand-in bridge: caseworkers are told it is not for their role and
// nothing is asked of the backend; staff run a report with Enter, a reversed period is stopped in
// the form, and locking clears the figures.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import '../../../renderer/src/i18n';
import { ReportsScreen } from '../../../renderer/src/features/reports/ReportsScreen';
import { useReports } from '../../../renderer/src/features/reports/reportsStore';
import { useSession } from '../../../renderer/src/state/session';

const REPORT = {
  generatedAt: '2025-01-15T09:30:00.000Z',
  period: { from: '2024-01-01', to: '2024-12-31' },
  previousPeriod: { from: '2023-01-01', to: '2023-12-31' },
  includeConfidentialNames: false,
  sections: [
    {
      countryCode: 'KZ',
      countryName: 'Kazakhstan',
      groups: [{ group: 'overdue_tasks', figures: [{ key: 'total', current: 4, previous: 6, change: -2 }], leftOut: { current: { no_date: 3, coarse_date: 0 }, previous: { no_date: 0, coarse_date: 2 } } }],
      people: ['Aliya Nurlanova', 'Confidential (1)'],
    },
  ],
};
const calls: { method: string; input: unknown }[] = [];

beforeAll(() => {
  const bridge = {
    call: (method: string, input: unknown) => {
      calls.push({ method, input });
      if (method === 'countries.list') return Promise.resolve({ ok: true, value: [{ code: 'KZ', nameEn: 'Kazakhstan', nameRu: 'Казахстан', focus: true }] });
      if (method === 'users.list') return Promise.resolve({ ok: true, value: [] });
      if (method === 'reports.country') return Promise.resolve({ ok: true, value: REPORT });
      return Promise.resolve({ ok: true, value: null });
    },
    on: () => () => undefined,
  };
  Object.defineProperty(window, 'habeas', { value: bridge, configurable: true });
});

afterEach(() => {
  cleanup();
  calls.length = 0;
  useReports.getState().reset();
});

function signIn(role: 'caseworker' | 'staff') {
  useSession.setState({ phase: 'unlocked', user: { id: 'u1', name: 'stella', displayName: 'Stella Nurlanova', role } });
}

describe('ReportsScreen', () => {
  it('tells a caseworker reports are not for their role and asks nothing', () => {
    signIn('caseworker');
    render(<ReportsScreen />);
    expect(screen.getByText(/Reports are for staff, supervisors and administrators/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Run report' })).toBeNull();
    expect(calls.filter((c) => c.method.startsWith('reports.'))).toEqual([]);
  });

  it('runs the report on Enter and shows figures with signed changes and numbered confidential people', async () => {
    signIn('staff');
    const user = userEvent.setup();
    render(<ReportsScreen />);
    await screen.findByRole('option', { name: 'Kazakhstan' });
    await user.selectOptions(screen.getByLabelText('Country'), 'KZ');
    await user.clear(screen.getByLabelText('From'));
    await user.type(screen.getByLabelText('From'), '2024-01-01');
    await user.clear(screen.getByLabelText('To'));
    await user.type(screen.getByLabelText('To'), '2024-12-31{Enter}');
    await screen.findByRole('heading', { name: 'Kazakhstan' });
    expect(calls.find((c) => c.method === 'reports.country')?.input).toEqual({ countryCode: 'KZ', from: '2024-01-01', to: '2024-12-31', includeConfidentialNames: false });
    expect(screen.getByRole('rowheader', { name: 'Tasks overdue at the end of the period' })).toBeTruthy();
    expect(screen.getByText('\u22122').className).toContain('report-change-down');
    expect(screen.getByText('Confidential (1)')).toBeTruthy();
    // Records left out say why: no date at all apart from a date too coarse for the period.
    expect(screen.getByText('Left out, no date known: 3 in this period, 0 in the previous one.')).toBeTruthy();
    expect(screen.getByText('Left out, date too coarse for the period: 0 in this period, 2 in the previous one.')).toBeTruthy();
    expect(screen.queryByText(/lack of date precision/)).toBeNull();
    // When it was made, and how each figure is defined.
    expect(screen.getByText(/^Generated 15 January 2025/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'How each figure is defined' })).toBeTruthy();
    expect(screen.getByText('Detained at the end of the period').tagName).toBe('DT');

    // Locking clears what the screen showed.
    useReports.getState().reset();
    expect(await screen.findByRole('button', { name: 'Run report' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Kazakhstan' })).toBeNull();
  });

  it('stops a period that ends before it begins, without a call', async () => {
    signIn('staff');
    const user = userEvent.setup();
    render(<ReportsScreen />);
    await user.clear(screen.getByLabelText('From'));
    await user.type(screen.getByLabelText('From'), '2024-12-31');
    await user.clear(screen.getByLabelText('To'));
    await user.type(screen.getByLabelText('To'), '2024-01-01{Enter}');
    await screen.findByText('The period ends before it begins.');
    expect(calls.filter((c) => c.method === 'reports.country')).toEqual([]);
  });
});
