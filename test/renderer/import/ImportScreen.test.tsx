// The wizard's shell in jsdom, with the typed stand-in for the window bridge: staff are told the
// import is not for them; the import step follows the backend's progress events with a progress
// bar and keeps its button disabled while running; a lock drops the file and everything read from it.
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { ImportPlan, ImportResult, Result, Role } from '../../../db/api';
import '../../../renderer/src/i18n';
import { ImportScreen } from '../../../renderer/src/features/import/ImportScreen';
import { useImport } from '../../../renderer/src/features/import/importStore';
import { useSession } from '../../../renderer/src/state/session';
import { useToasts } from '../../../renderer/src/state/toasts';
import { installBridge, ok, refusal, type HeldCall, type TestBridge } from '../support/bridge';

let bridge: TestBridge;
let runs: HeldCall<'imports.run'>[] = [];

beforeAll(() => {
  bridge = installBridge();
});

beforeEach(() => {
  bridge.answer('countries.list', []);
  runs = bridge.hold('imports.run');
});

afterEach(() => {
  cleanup();
  // Every call the screen made had an answer the test chose.
  expect(bridge.unanswered).toEqual([]);
  bridge.reset();
});

/** Answers the import the wizard started. */
function finishRun(reply: Result<ImportResult>) {
  expect(runs).toHaveLength(1);
  runs[0]?.resolve(reply);
}

function signIn(role: Role) {
  useSession.setState({ phase: 'unlocked', user: { id: 'u1', name: 'u', displayName: 'U', role } });
}

const counts = { created: 3, updated: 1, skipped: 0, possibleDuplicates: 1, skippedBy: {} };
const plan: ImportPlan = { fileName: 'list.csv', fileHash: 'h', counts, rows: [], values: [] };

/** The wizard at its last step with a file already checked. */
function atLastStep() {
  useImport.setState({
    step: 5,
    file: { fileName: 'list.csv', size: 10, content: 'YQ==' },
    inspection: { format: 'csv', encoding: 'utf-8', delimiter: ';', sheets: [], sheet: null, headers: ['ФИО'], rowCount: 4, sample: [], suggested: { columns: {}, fixed: {} }, guesses: [], fileHash: 'h' },
    mapping: { columns: { ФИО: 'name' }, fixed: { country: 'TJ' } },
    plan,
  });
}

function renderScreen() {
  return render(
    <MemoryRouter>
      <ImportScreen />
    </MemoryRouter>,
  );
}

describe('ImportScreen', () => {
  it('tells staff that importing is for editors', () => {
    signIn('staff');
    renderScreen();
    expect(screen.getByRole('alert').textContent).toMatch(/Importing is for caseworkers, supervisors and administrators/);
    expect(screen.queryByLabelText('Spreadsheet file')).toBeNull();
  });

  it('shows the import’s progress from the backend’s events, then the summary', async () => {
    signIn('caseworker');
    renderScreen();
    act(atLastStep);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Import now' }));
    expect(screen.getByRole('button', { name: 'Importing…' }).hasAttribute('disabled')).toBe(true);
    expect(bridge.listeners('progress')).toBeGreaterThan(0);
    act(() => bridge.emit('progress', { method: 'imports.run', done: 2, total: 4 }));
    const bar = screen.getByRole('progressbar', { name: 'Import progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('2');
    expect(bar.getAttribute('aria-valuemax')).toBe('4');
    const result: ImportResult = { fileName: 'list.csv', fileHash: 'h', counts, personIds: ['p1', 'p2', 'p3', 'p4'], conflicts: [] };
    await act(() => {
      finishRun(ok(result));
      return Promise.resolve();
    });
    await screen.findByRole('heading', { name: 'Import finished' });
    expect(screen.getByRole('link', { name: 'Open the case list' })).toBeTruthy();
    // The summary keeps the counts only: the file's bytes are gone.
    expect(useImport.getState().file).toBeNull();
  });

  it('says that nothing was written when the import fails', async () => {
    signIn('caseworker');
    renderScreen();
    act(atLastStep);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Import now' }));
    await act(() => {
      finishRun({ ok: false, error: refusal('INTERNAL', 'The disk is full.', { reason: 'backup_write_failed' }) });
      return Promise.resolve();
    });
    // Worded from the reason, not from the backend's message.
    expect((await screen.findByRole('alert')).textContent).toBe('The backup could not be written. Check free disk space and try again.');
    expect(screen.getByText(/The import stopped and nothing was written/)).toBeTruthy();
    // The plan is kept, so the user can try again.
    expect(screen.getByRole('button', { name: 'Import now' }).hasAttribute('disabled')).toBe(false);
  });

  it('tells the user when an import they walked away from has finished', async () => {
    signIn('caseworker');
    const view = renderScreen();
    act(atLastStep);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Import now' }));
    view.unmount();
    const result: ImportResult = { fileName: 'list.csv', fileHash: 'h', counts, personIds: [], conflicts: [] };
    await act(() => {
      finishRun(ok(result));
      return Promise.resolve();
    });
    await waitFor(() => expect(useToasts.getState().toasts.map((t) => t.text)).toContain('Import of list.csv finished: 3 created, 1 updated.'));
  });

  it('drops the file when the vault locks and when the wizard is left', async () => {
    signIn('caseworker');
    const view = renderScreen();
    act(atLastStep);
    act(() => useSession.getState().applyStatus({ vaultExists: true, unlocked: false, user: null, retryAfterSeconds: 0, keysErased: false }));
    expect(useImport.getState().file).toBeNull();
    expect(useImport.getState().plan).toBeNull();
    signIn('caseworker');
    act(atLastStep);
    view.unmount();
    await waitFor(() => expect(useImport.getState().file).toBeNull());
  });
});
