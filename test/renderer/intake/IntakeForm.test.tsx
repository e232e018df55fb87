// The intake form in the browser's shoes (jsdom, with the typed stand-in for the window bridge):
// Enter in a field does not send it, Ctrl+Enter does, and a backend field error lands beside its field.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { Referral } from '../../../db/api';
import { toApiError } from '../../../db/backend/errors';
import { fieldInvalid } from '../../../db/features/common/record-checks';
import '../../../renderer/src/i18n';
import { IntakeForm } from '../../../renderer/src/features/intake/IntakeForm';
import { installBridge, serveDrafts, type TestBridge } from '../support/bridge';

const STAMP = { createdAt: '2026-03-02T10:00:00.000Z', updatedAt: '2026-03-02T10:00:00.000Z' };
const LOGGED: Referral = {
  id: 'r1', receivedOn: '2026-03-02', channel: 'lawyer', personId: 'p1', personName: 'Kabirov', personConfidential: false, countryCode: 'TJ', urgency: 'normal', consent: 'none',
  status: 'new', decidedOn: null, assignedTo: null, assignedToName: null, caseId: null, caseReference: null, summaryExcerpt: null, sourceContactId: null, sourceDescription: null, sourceWithheld: false,
  sourceMasked: false, summary: null, decisionReason: null, createdBy: null, pendingDetention: null, pendingCharges: [], ...STAMP,
};
let bridge: TestBridge;

beforeAll(() => {
  bridge = installBridge();
});

beforeEach(() => {
  serveDrafts(bridge);
  bridge
    .answer('countries.list', [{ code: 'TJ', nameEn: 'Tajikistan', nameRu: 'Таджикистан', focus: true }])
    .answer('referrals.create', LOGGED)
    .answer('people.possibleDuplicates', []);
});

afterEach(() => {
  cleanup();
  // Every call the screen made had an answer the test chose.
  expect(bridge.unanswered).toEqual([]);
  bridge.reset();
});

const creates = () => bridge.inputsOf('referrals.create');

async function fillMinimal(user: ReturnType<typeof userEvent.setup>) {
  render(
    <MemoryRouter>
      <IntakeForm />
    </MemoryRouter>,
  );
  const name = await screen.findByRole('textbox', { name: 'Name' });
  await waitFor(() => expect(document.activeElement).toBe(name));
  await user.type(name, 'Kabirov');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Channel' }), 'lawyer');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Country of detention' }), 'TJ');
  return name;
}

describe('IntakeForm', () => {
  it('does not send on Enter in a field, and sends on Ctrl+Enter', async () => {
    const user = userEvent.setup();
    const name = await fillMinimal(user);
    await user.type(name, '{Enter}');
    await new Promise((r) => setTimeout(r, 50));
    expect(creates()).toEqual([]);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(creates()).toHaveLength(1));
    expect(creates()[0]).toMatchObject({ channel: 'lawyer', countryCode: 'TJ', person: { name: 'Kabirov' } });
  });

  it('puts a backend field error beside its field', async () => {
    // The error exactly as the service's own field check makes it.
    bridge.fail('referrals.create', toApiError(fieldInvalid('receivedOn', 'This date is in the future', 'future_date')));
    const user = userEvent.setup();
    await fillMinimal(user);
    await user.click(screen.getByRole('button', { name: 'Log referral' }));
    const received = screen.getByLabelText(/Date received/);
    await waitFor(() => expect(received.getAttribute('aria-invalid')).toBe('true'));
    const errorId = received.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(errorId)?.textContent).toBe('This date is in the future');
  });
});
