// The grant section of a case file: lists who was granted the case, grants a chosen staff member or
// caseworker (supervisors and administrators are not offered: they see every case), and revokes.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import type { CaseGrant, User } from '../../../../db/api';
import '../../../../renderer/src/i18n';
import { CaseGrantsSection } from '../../../../renderer/src/features/cases/case/CaseGrantsSection';
import { installBridge, refusal, type TestBridge } from '../../support/bridge';

let bridge: TestBridge;
beforeAll(() => {
  bridge = installBridge();
});
afterEach(() => {
  cleanup();
  expect(bridge.unanswered).toEqual([]);
  bridge.reset();
});

const user = (id: string, displayName: string, role: User['role']): User =>
  ({ id, name: id, displayName, role, active: true, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });
const USERS = [user('u1', 'Stella Nurlanova', 'staff'), user('u2', 'Amina Sadykova', 'caseworker'), user('u3', 'Sergey Supervisor', 'supervisor')];
const grant = (u: User): CaseGrant => ({ id: `g-${u.id}`, caseId: 'c1', userId: u.id, userName: u.displayName, userRole: u.role, grantedBy: 'u3', grantedByName: 'Sergey Supervisor', grantedAt: '2026-01-12T09:00:00.000Z' });

describe('CaseGrantsSection', () => {
  it('grants a chosen colleague and revokes a grant', async () => {
    let grants: CaseGrant[] = [grant(USERS[1] as User)];
    bridge
      .answer('users.list', USERS)
      .answer('cases.grants.list', () => grants)
      .answer('cases.grants.add', (input) => {
        const g = grant(USERS.find((u) => u.id === input.userId) as User);
        grants = [...grants, g];
        return g;
      })
      .answer('cases.grants.remove', (input) => {
        grants = grants.filter((g) => g.userId !== input.userId);
        return { id: `g-${input.userId}` };
      });
    render(<CaseGrantsSection caseId="c1" />);
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Amina Sadykova')).toBeTruthy();

    const select = screen.getByRole('combobox', { name: 'Colleague to grant' });
    await waitFor(() => expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose a colleague…', 'Stella Nurlanova (Staff)']));
    const add = screen.getByRole('button', { name: 'Grant access' });
    expect((add as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(select, { target: { value: 'u1' } });
    fireEvent.click(add);
    await within(table).findByText('Stella Nurlanova');
    expect(bridge.inputsOf('cases.grants.add')).toEqual([{ caseId: 'c1', userId: 'u1' }]);

    fireEvent.click(screen.getByRole('button', { name: 'Revoke access of Amina Sadykova' }));
    await waitFor(() => expect(screen.queryByText('Amina Sadykova')).toBeNull());
    expect(bridge.inputsOf('cases.grants.remove')).toEqual([{ caseId: 'c1', userId: 'u2' }]);
  });

  it('words a grant that already exists from its reason, not the backend English', async () => {
    bridge
      .answer('users.list', USERS)
      .answer('cases.grants.list', [])
      .fail('cases.grants.add', refusal('CONFLICT', 'backend words', { reason: 'grant_exists', params: { name: 'Stella Nurlanova' } }));
    render(<CaseGrantsSection caseId="c1" />);
    const select = await screen.findByRole('combobox', { name: 'Colleague to grant' });
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(3));
    fireEvent.change(select, { target: { value: 'u1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Grant access' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Stella Nurlanova can already see this case.');
    expect(screen.queryByText('backend words')).toBeNull();
  });
});
