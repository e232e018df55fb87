// Case forms word a service's refusal from its reason, in the reader's language: the field it names
// gets the catalogue's words for its field reason and the banner the words for the error's reason,
// with dates as people say them. The backend's English message never reaches the screen.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { toApiError } from '../../../../db/backend/errors';
import { checkObservationInside } from '../../../../db/features/detention/detention';
import { ObservationDialog } from '../../../../renderer/src/features/cases/case/ObservationDialog';
import { i18n } from '../../../../renderer/src/i18n';
import { installBridge, type TestBridge } from '../../support/bridge';

let bridge: TestBridge;

beforeEach(() => {
  bridge = installBridge();
});

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

/** The refusal the backend really makes for an observation before the arrest. */
function beforeArrest(observedOn: string) {
  try {
    checkObservationInside(observedOn, { arrestDate: '2021-05', releaseDate: null });
  } catch (e) {
    return toApiError(e);
  }
  throw new Error('expected a refusal');
}

describe('a case form refused by the service', () => {
  for (const [language, field, banner] of [
    ['ru', 'Эта дата раньше задержания', 'Человек не мог находиться под стражей 30 апреля 2021: это раньше задержания в этом эпизоде.'],
    ['en', 'This date is before the arrest of this detention', 'The person cannot have been held on 30 April 2021: that is before the arrest of this episode.'],
  ] as const) {
    it(`words the field and the banner from the reasons (${language})`, async () => {
      await i18n.changeLanguage(language);
      const refusal = beforeArrest('2021-04-30');
      // Reword the backend's English: the screen must not change.
      bridge.fail('observations.create', { ...refusal, message: 'Reworded by the backend.', details: { ...(refusal.details as object), fields: { observedOn: 'Reworded too' } } });
      const user = userEvent.setup();
      render(<ObservationDialog episodeId="ep1" onClose={() => undefined} onSaved={() => undefined} />);
      await user.type(screen.getByRole('textbox', { name: /^(Date|Дата)/ }), '2021-04-30');
      await user.keyboard('{Enter}');
      await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([field, banner]));
      expect(document.body.textContent).not.toContain('Reworded');
    });
  }
});
