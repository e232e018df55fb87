// Case-file dialogs keep their drafts: a note typed and left with Cancel is kept on request and
// comes back when the dialog opens again; "Discard draft" beside Cancel throws it away; a saved
// contact leaves no draft behind; a charge being edited keeps its own draft apart from a new one.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { CaseEvent, Charge, Contact } from '../../../../db/api';
import { ChargeDialog } from '../../../../renderer/src/features/cases/case/ChargeDialog';
import { CaseEventDialog } from '../../../../renderer/src/features/cases/case/CaseEventDialog';
import { ContactDialog } from '../../../../renderer/src/features/cases/case/ContactDialog';
import { i18n } from '../../../../renderer/src/i18n';
import { installBridge, serveDrafts, type TestBridge } from '../../support/bridge';

let bridge: TestBridge;
let stored: Map<string, unknown>;
const STAMP = { createdAt: '2026-03-01T09:00:00.000Z', updatedAt: '2026-03-01T09:00:00.000Z' };

beforeEach(() => {
  bridge = installBridge();
  stored = serveDrafts(bridge);
});

afterEach(async () => {
  cleanup();
  expect(bridge.unanswered).toEqual([]);
  await i18n.changeLanguage('en');
});

const dialog = () => screen.getByRole('dialog');

describe('CaseEventDialog', () => {
  it('asks on Cancel, keeps the draft, and puts it back the next time the note is opened', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const first = render(<CaseEventDialog caseId="c1" event={null} onClose={onClose} onSaved={() => undefined} />);
    await waitFor(() => expect(bridge.inputsOf('drafts.get')).toEqual([{ formKey: 'case-event:new:c1' }]));
    await user.type(screen.getByLabelText(/^Title/), 'Visit to SIZO-1');
    await user.type(screen.getByLabelText('Details'), 'The lawyer saw him for ten minutes.');
    expect(within(dialog()).getByRole('button', { name: 'Discard draft' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByText('Keep the draft?')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Keep draft' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(stored.get('case-event:new:c1')).toMatchObject({ title: 'Visit to SIZO-1', body: 'The lawyer saw him for ten minutes.', kind: 'note' });
    first.unmount();

    render(<CaseEventDialog caseId="c1" event={null} onClose={onClose} onSaved={() => undefined} />);
    await waitFor(() => expect(screen.getByLabelText(/^Title/)).toHaveProperty('value', 'Visit to SIZO-1'));
    expect(screen.getByLabelText('Details')).toHaveProperty('value', 'The lawyer saw him for ten minutes.');
  });

  it('throws the draft away with Discard draft and closes at once when nothing is kept', async () => {
    stored.set('case-event:new:c1', { kind: 'note', date: '2026-03-01', title: 'Old words', body: '', confidential: false });
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<CaseEventDialog caseId="c1" event={null} onClose={onClose} onSaved={() => undefined} />);
    await waitFor(() => expect(screen.getByLabelText(/^Title/)).toHaveProperty('value', 'Old words'));
    await user.click(within(dialog()).getByRole('button', { name: 'Discard draft' }));
    await waitFor(() => expect(stored.has('case-event:new:c1')).toBe(false));
    expect(screen.getByLabelText(/^Title/)).toHaveProperty('value', '');
    expect(within(dialog()).queryByRole('button', { name: 'Discard draft' })).toBeNull();
    // No draft left: Cancel closes without asking.
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Keep the draft?')).toBeNull();
  });

  it('offers Discard draft in Russian, and the Cancel question discards too', async () => {
    await i18n.changeLanguage('ru');
    const event: CaseEvent = { id: 'e1', caseId: 'c1', kind: 'visit', date: '2026-02-20', datePrecision: 'day', title: 'Свидание', body: null, confidential: false, authorId: null, authorName: null, redacted: false, ...STAMP };
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<CaseEventDialog caseId="c1" event={event} onClose={onClose} onSaved={() => undefined} />);
    await waitFor(() => expect(bridge.inputsOf('drafts.get')).toEqual([{ formKey: 'case-event:edit:e1' }]));
    await user.type(screen.getByLabelText(/^Заголовок/), ' в СИЗО');
    expect(within(dialog()).getByRole('button', { name: 'Удалить черновик' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Отмена' }));
    expect(screen.getByText('Сохранить черновик?')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Удалить черновик' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(stored.has('case-event:edit:e1')).toBe(false);
    expect(bridge.inputsOf('drafts.discard')).toEqual([{ formKey: 'case-event:edit:e1' }]);
  });
});

describe('ContactDialog', () => {
  it('leaves no draft behind once the contact is saved', async () => {
    const saved: Contact = { id: 'k1', personId: 'p1', name: 'Gulnara', relation: 'sister', reach: null, notes: null, confidential: true, masked: false, ...STAMP };
    bridge.answer('contacts.create', saved);
    const user = userEvent.setup();
    const onSaved = vi.fn();
    render(<ContactDialog personId="p1" contact={null} onClose={() => undefined} onSaved={onSaved} />);
    await waitFor(() => expect(bridge.inputsOf('drafts.get')).toEqual([{ formKey: 'contact:new:p1' }]));
    await user.type(screen.getByLabelText(/^Name/), 'Gulnara');
    await user.type(screen.getByLabelText(/^Relation/), 'sister');
    await waitFor(() => expect(stored.get('contact:new:p1')).toMatchObject({ name: 'Gulnara', relation: 'sister' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(bridge.inputsOf('contacts.create')).toEqual([{ personId: 'p1', name: 'Gulnara', relation: 'sister', reach: '', notes: '', confidential: true }]);
    expect(stored.has('contact:new:p1')).toBe(false);
    // The discard came after the save, and nothing was written again afterwards.
    const order = bridge.calls.map((c) => c.method).filter((m) => m !== 'drafts.get');
    expect(order.slice(order.indexOf('contacts.create'))).toEqual(['contacts.create', 'drafts.discard']);
  });
});

describe('ChargeDialog', () => {
  it('keeps an edit’s draft apart from a new charge’s draft', async () => {
    const charge: Charge = { id: 'ch1', episodeId: 'ep1', code: 'УК РУз', article: '159', text: null, category: 'anti_state_extremism', ...STAMP };
    stored.set('charge:new:ep1', { code: 'УК РК', article: '174', category: 'other', text: 'Inciting discord' });
    const user = userEvent.setup();
    const edit = render(<ChargeDialog episodeId="ep1" charge={charge} onClose={() => undefined} onSaved={() => undefined} />);
    await waitFor(() => expect(bridge.inputsOf('drafts.get')).toEqual([{ formKey: 'charge:edit:ch1' }]));
    expect(screen.getByLabelText(/^Article/)).toHaveProperty('value', '159');
    await user.clear(screen.getByLabelText(/^Article/));
    await user.type(screen.getByLabelText(/^Article/), '159 part 4');
    edit.unmount();
    await waitFor(() => expect(stored.get('charge:edit:ch1')).toMatchObject({ code: 'УК РУз', article: '159 part 4' }));
    expect(stored.get('charge:new:ep1')).toMatchObject({ article: '174' });

    render(<ChargeDialog episodeId="ep1" charge={null} onClose={() => undefined} onSaved={() => undefined} />);
    await waitFor(() => expect(screen.getByLabelText(/^Article/)).toHaveProperty('value', '174'));
    expect(screen.getByLabelText(/^Text of the charge/)).toHaveProperty('value', 'Inciting discord');
  });
});
