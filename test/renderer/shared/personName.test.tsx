// A withheld name on screen: the case list row and a search hit show "Confidential (code)" in the
// user's language, made from the code the backend sent, and never an empty name.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import type { CaseSummary, SearchHit } from '../../../db/api';
import { i18n } from '../../../renderer/src/i18n';
import { CaseRow } from '../../../renderer/src/features/cases/CaseRow';
import { SearchHitOption } from '../../../renderer/src/features/search/SearchHitOption';
import { installBridge, type TestBridge } from '../support/bridge';

let bridge: TestBridge;
beforeAll(() => {
  bridge = installBridge();
});
afterEach(async () => {
  cleanup();
  bridge.reset();
  await i18n.changeLanguage('en');
});

const ROW: CaseSummary = {
  caseId: 'c1',
  reference: 'KZ-2026-7K3MQ',
  personId: 'p1',
  personName: '',
  personNameWithheld: 'K3M9QX',
  confidential: true,
  countryCode: 'KZ',
  status: 'active',
  detentionStatus: 'detained',
  caseworkerId: null,
  caseworkerName: null,
  openedOn: '2025-11-01',
  lastActivityAt: '2026-01-10T10:00:00.000Z',
};

const HIT: SearchHit = { caseId: 'c1', personId: 'p1', personName: '', personNameWithheld: 'K3M9QX', kind: 'facility', recordId: 'e1', text: 'ИК-12', ranges: [[0, 5]], exactScript: true, redacted: false };

function renderRow(row: CaseSummary) {
  bridge.answer('countries.list', []).answer('users.list', []);
  const noop = () => undefined;
  render(
    <div role="grid">
      <CaseRow row={row} index={0} top={0} height={40} tabbable active={false} refCallback={noop} onOpen={noop} onFocus={noop} />
    </div>,
  );
}

describe('withheld names', () => {
  it('read "Confidential (code)" in the case list, in English and Russian', async () => {
    renderRow(ROW);
    expect(screen.getByText('Confidential (K3M9QX)').getAttribute('title')).toBe('Confidential (K3M9QX)');
    cleanup();
    await i18n.changeLanguage('ru');
    renderRow(ROW);
    expect(screen.getByText('Конфиденциально (K3M9QX)')).toBeTruthy();
  });

  it('leave a readable name as it is', () => {
    renderRow({ ...ROW, personName: 'Ержан Кабиров', personNameWithheld: undefined, confidential: false });
    expect(screen.getByText('Ержан Кабиров')).toBeTruthy();
    expect(screen.queryByText(/Confidential \(/)).toBeNull();
  });

  it('stand in for the person on a search hit', () => {
    const noop = () => undefined;
    render(
      <ul role="listbox">
        <SearchHitOption id="h1" hit={HIT} active={false} onPoint={noop} onChoose={noop} />
      </ul>,
    );
    expect(screen.getByText('Confidential (K3M9QX)')).toBeTruthy();
  });
});
