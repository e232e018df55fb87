// Links shown by role, from the contract's access lists: caseworkers see no Reports, staff no "New
// referral"; and the case list's guidance when the vault has no case (not when a filter matches none).
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { Role } from '../../../db/api';
import { Shell } from '../../../renderer/src/app/Shell';
import { CasesScreen } from '../../../renderer/src/features/cases/CasesScreen';
import { useCaseFilters } from '../../../renderer/src/features/cases/caseFilters';
import { roleMayCall } from '../../../renderer/src/shared/access';
import { useSession } from '../../../renderer/src/state/session';
import { installBridge, type TestBridge } from '../support/bridge';

let bridge: TestBridge;
beforeAll(() => {
  bridge = installBridge();
});
beforeEach(() => {
  bridge.answer('countries.list', []).answer('users.list', []);
});
afterEach(() => {
  cleanup();
  bridge.reset();
});

function signIn(role: Role) {
  useSession.setState({ phase: 'unlocked', user: { id: 'u1', name: 'u', displayName: 'Someone', role } });
}

const navLinks = () => screen.getAllByRole('link').map((a) => a.textContent);

describe('navigation by role', () => {
  it('follows the contract: reports for staff, supervisors and administrators, new referrals for editors', () => {
    expect((['caseworker', 'staff', 'supervisor', 'administrator'] as const).map((r) => roleMayCall(r, 'reports.country'))).toEqual([false, true, true, true]);
    expect((['caseworker', 'staff', 'supervisor', 'administrator'] as const).map((r) => roleMayCall(r, 'referrals.create'))).toEqual([true, false, true, true]);
  });

  it('hides Reports from a caseworker and New referral from staff', () => {
    signIn('caseworker');
    render(<MemoryRouter><Shell /></MemoryRouter>);
    expect(navLinks()).toContain('New referral');
    expect(navLinks()).not.toContain('Reports');
    cleanup();
    signIn('staff');
    render(<MemoryRouter><Shell /></MemoryRouter>);
    expect(navLinks()).toContain('Reports');
    expect(navLinks()).not.toContain('New referral');
  });
});

describe('an empty vault', () => {
  beforeEach(() => useCaseFilters.getState().reset());

  it('says how to begin, with the ways the role may use', async () => {
    signIn('caseworker');
    bridge.answer('cases.list', { rows: [], total: 0 });
    render(<MemoryRouter><CasesScreen /></MemoryRouter>);
    expect(await screen.findByRole('heading', { name: 'No cases yet' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Log a referral' }).getAttribute('href')).toBe('/intake');
    expect(screen.getByRole('link', { name: 'Import a spreadsheet' }).getAttribute('href')).toBe('/import');
    expect(screen.queryByText('No case matches these filters.')).toBeNull();
  });

  it('offers staff no way they cannot use', async () => {
    signIn('staff');
    bridge.answer('cases.list', { rows: [], total: 0 });
    render(<MemoryRouter><CasesScreen /></MemoryRouter>);
    expect(await screen.findByText(/Cases appear here once a caseworker logs a referral/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Log a referral' })).toBeNull();
  });

  it('keeps "No case matches" when only the filter matches nothing', async () => {
    signIn('caseworker');
    bridge.answer('cases.list', (input) => (input.limit === 1 ? { rows: [], total: 3 } : { rows: [], total: 0 }));
    render(<MemoryRouter><CasesScreen /></MemoryRouter>);
    expect(await screen.findByText('No case matches these filters.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'No cases yet' })).toBeNull();
  });
});
