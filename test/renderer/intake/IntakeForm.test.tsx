// The intake form in the browser's shoes (jsdom, with a small stand-in for the window bridge):
// Enter in a field does not send it, Ctrl+Enter does, and a backend field error lands beside its field.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import type { ApiError } from '../../../db/api';
import { toApiError } from '../../../db/backend/errors';
import { fieldInvalid } from '../../../db/services/record-checks';
import '../../../renderer/src/i18n';
import { IntakeForm } from '../../../renderer/src/features/intake/IntakeForm';

type Reply = { ok: true; value: unknown } | { ok: false; error: ApiError };
const calls: { method: string; input: unknown }[] = [];
let createReply: Reply = { ok: true, value: { id: 'r1', personName: 'Kabirov' } };

beforeAll(() => {
  const bridge = {
    call: (method: string, input: unknown): Promise<Reply> => {
      calls.push({ method, input });
      if (method === 'countries.list') return Promise.resolve({ ok: true, value: [{ code: 'TJ', nameEn: 'Tajikistan', nameRu: 'Таджикистан', focus: true }] });
      if (method === 'drafts.get') return Promise.resolve({ ok: true, value: null });
      if (method === 'drafts.save') return Promise.resolve({ ok: true, value: { updatedAt: new Date().toISOString() } });
      if (method === 'referrals.create') return Promise.resolve(createReply);
      if (method === 'people.possibleDuplicates') return Promise.resolve({ ok: true, value: [] });
      return Promise.resolve({ ok: true, value: null });
    },
    on: () => () => undefined,
  };
  Object.defineProperty(window, 'habeas', { value: bridge, configurable: true });
});

afterEach(() => {
  cleanup();
  calls.length = 0;
});

const creates = () => calls.filter((c) => c.method === 'referrals.create');

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
    expect(creates()[0]?.input).toMatchObject({ channel: 'lawyer', countryCode: 'TJ', person: { name: 'Kabirov' } });
  });

  it('puts a backend field error beside its field', async () => {
    // The error exactly as the service's own field check makes it.
    createReply = { ok: false, error: toApiError(fieldInvalid('receivedOn', 'This date is in the future', 'future_date')) };
    const user = userEvent.setup();
    await fillMinimal(user);
    await user.click(screen.getByRole('button', { name: 'Log referral' }));
    const received = screen.getByLabelText(/Date received/);
    await waitFor(() => expect(received.getAttribute('aria-invalid')).toBe('true'));
    const errorId = received.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(errorId)?.textContent).toBe('This date is in the future');
  });
});
