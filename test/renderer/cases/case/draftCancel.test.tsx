// Cancel in any case-file dialog that keeps a draft asks "keep draft / discard draft" once
// something was typed, and closes at once when nothing was: checked on the task and court dialogs.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { CourtEventDialog } from '../../../../renderer/src/features/cases/case/CourtEventDialog';
import { TaskDialog } from '../../../../renderer/src/features/cases/case/TaskDialog';
import '../../../../renderer/src/i18n';
import { installBridge, serveDrafts, type TestBridge } from '../../support/bridge';

let bridge: TestBridge;
let stored: Map<string, unknown>;

beforeEach(() => {
  bridge = installBridge();
  stored = serveDrafts(bridge);
  bridge.answer('countries.list', []).answer('users.list', []);
});

afterEach(() => {
  cleanup();
  bridge.reset();
});

describe('Cancel with a draft', () => {
  it('asks on the task dialog, and Discard draft throws the typing away', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<TaskDialog caseId="c1" onClose={onClose} onSaved={() => undefined} />);
    await waitFor(() => expect(bridge.inputsOf('drafts.get')).toHaveLength(1));
    await user.type(screen.getByLabelText(/^What is to be done/), 'Call the lawyer');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByText('Keep the draft?')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Discard draft' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect([...stored.keys()]).toEqual([]);
  });

  it('asks on the court event dialog and keeps the draft on request; closes at once with nothing typed', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const first = render(<CourtEventDialog episodeId="ep1" courtEvent={null} onClose={onClose} onSaved={() => undefined} />);
    await waitFor(() => expect(bridge.inputsOf('drafts.get')).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Keep the draft?')).toBeNull();
    first.unmount();

    render(<CourtEventDialog episodeId="ep1" courtEvent={null} onClose={onClose} onSaved={() => undefined} />);
    await waitFor(() => expect(bridge.inputsOf('drafts.get')).toHaveLength(2));
    await user.type(screen.getByLabelText(/^Court$/), 'Almaty City Court');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Keep draft' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(2));
    expect([...stored.values()]).toEqual([expect.objectContaining({ court: 'Almaty City Court' })]);
  });
});
