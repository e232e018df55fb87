// Declining a referral keeps the written reason as a draft of that referral: Cancel asks, Keep
// draft stores it and it comes back; a decision that went through leaves no draft.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Referral } from '../../../db/api';
import '../../../renderer/src/i18n';
import { CloseDialog } from '../../../renderer/src/features/referrals/CloseDialog';
import { installBridge, serveDrafts, type TestBridge } from '../support/bridge';

let bridge: TestBridge;
let stored: Map<string, unknown>;
const REASON = 'Outside our mandate: not politically motivated.';

beforeEach(() => {
  bridge = installBridge();
  stored = serveDrafts(bridge);
});

afterEach(() => {
  cleanup();
  expect(bridge.unanswered).toEqual([]);
});

const target = { id: 'r1', personName: 'Kabirov Timur' };
const DECLINED: Referral = {
  id: 'r1', receivedOn: '2026-03-01', channel: 'lawyer', personId: 'p1', personName: 'Kabirov Timur', personConfidential: false, countryCode: 'KZ', urgency: 'high', consent: 'none',
  status: 'declined', decidedOn: '2026-03-02', assignedTo: null, assignedToName: null, caseId: null, caseReference: null, summaryExcerpt: null, sourceContactId: null, sourceDescription: null,
  sourceWithheld: false, sourceMasked: false, summary: null, decisionReason: REASON, createdBy: null, pendingDetention: null, pendingCharges: [], createdAt: '2026-03-01T09:00:00.000Z', updatedAt: '2026-03-02T09:00:00.000Z',
};

describe('CloseDialog', () => {
  it('keeps the reason as this referral’s draft when Cancel is answered with Keep draft', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const first = render(<CloseDialog referral={target} decision="declined" onClose={onClose} onDecided={() => undefined} />);
    await waitFor(() => expect(bridge.inputsOf('drafts.get')).toEqual([{ formKey: 'referral:decline:r1' }]));
    await user.type(screen.getByLabelText(/^Reason for declining/), REASON);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Keep draft' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(stored.get('referral:decline:r1')).toMatchObject({ reason: REASON });
    first.unmount();

    render(<CloseDialog referral={target} decision="declined" onClose={onClose} onDecided={() => undefined} />);
    await waitFor(() => expect(screen.getByLabelText(/^Reason for declining/)).toHaveProperty('value', REASON));
  });

  it('drops the draft once the referral is declined', async () => {
    stored.set('referral:decline:r1', { reason: REASON, decidedOn: '2026-03-02' });
    bridge.answer('referrals.decide', { referral: DECLINED, caseId: null });
    const user = userEvent.setup();
    const onDecided = vi.fn();
    render(<CloseDialog referral={target} decision="declined" onClose={() => undefined} onDecided={onDecided} />);
    await waitFor(() => expect(screen.getByLabelText(/^Reason for declining/)).toHaveProperty('value', REASON));
    await user.click(screen.getByRole('button', { name: 'Decline referral' }));
    await waitFor(() => expect(onDecided).toHaveBeenCalledTimes(1));
    expect(bridge.inputsOf('referrals.decide')).toEqual([{ id: 'r1', decision: 'declined', reason: REASON, decidedOn: '2026-03-02' }]);
    expect(stored.has('referral:decline:r1')).toBe(false);
  });
});
