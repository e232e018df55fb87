// Timeline entries in the interface language: the service's English titles are recognised and their
// record-specific parts (code and article, term, court) put into translated phrases.
import { renderHook } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';

import type { TimelineEntry } from '../../../db/api';
import { i18n, setLanguage } from '../../../renderer/src/i18n';
import { useEntryText } from '../../../renderer/src/features/timeline/timelineText';

function entry(patch: Partial<TimelineEntry>): TimelineEntry {
  return {
    kind: 'note',
    date: '2021-03',
    datePrecision: 'month',
    title: '',
    detail: null,
    recordTable: 'case_events',
    recordId: 'r1',
    confidential: false,
    redacted: false,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    ...patch,
  };
}

const charge = entry({ kind: 'charge', recordTable: 'charges', title: 'Charged: УК РК art. 174', detail: 'Inciting discord' });
const changed = entry({ kind: 'sentence', recordTable: 'sentences', title: 'Sentence changed (appeal reduced): 5 years 6 months', detail: 'Imprisonment' });
const hearing = entry({ kind: 'court_event', recordTable: 'court_events', title: 'Trial hearing · Almaty City Court', detail: null });
const arrest = entry({ kind: 'arrest', recordTable: 'detention_episodes', title: 'Arrested', detail: 'Pre trial · Almaty · KNB' });
const note = entry({ kind: 'note', title: 'Lawyer visited', detail: 'No access to medicine' });
// Worded from its facts (the source's vocabulary key), whatever the English title says.
const observed = entry({ kind: 'observation', recordTable: 'detention_observations', title: 'anything', detail: 'Census 2023', observation: { source: 'import', note: 'Census 2023' } });
const secret = entry({ kind: 'visit', title: 'Confidential entry', redacted: true, confidential: true });

afterAll(async () => {
  await setLanguage('en');
});

describe('useEntryText', () => {
  it('reads naturally in English', async () => {
    await setLanguage('en');
    const { result } = renderHook(() => useEntryText());
    expect(result.current(charge)).toEqual({ heading: 'Charged: УК РК, art. 174', detail: 'Inciting discord' });
    expect(result.current(changed)).toEqual({ heading: 'Sentence changed (reduced on appeal): 5 years 6 months', detail: 'Imprisonment' });
    expect(result.current(arrest)).toEqual({ heading: 'Pre-trial detention', detail: 'Almaty · KNB' });
    expect(result.current(note)).toEqual({ heading: 'Lawyer visited', detail: 'No access to medicine' });
    expect(result.current(observed)).toEqual({ heading: 'Known to be held (imported list)', detail: 'Census 2023' });
  });

  it('translates vocabulary and terms into Russian and keeps what people typed', async () => {
    await setLanguage('ru');
    expect(i18n.language).toBe('ru');
    const { result } = renderHook(() => useEntryText());
    expect(result.current(charge).heading).toBe('Обвинение: УК РК, ст. 174');
    expect(result.current(changed)).toEqual({ heading: 'Приговор изменён (снижен в апелляции): 5 лет 6 месяцев', detail: 'Лишение свободы' });
    expect(result.current(hearing)).toEqual({ heading: 'Судебное заседание', detail: 'Almaty City Court' });
    expect(result.current(arrest).heading).toBe('Досудебное содержание');
    expect(result.current(note).heading).toBe('Lawyer visited');
    expect(result.current(secret)).toEqual({ heading: 'Конфиденциальная запись', detail: null });
    expect(result.current(observed)).toEqual({ heading: 'Известно, что под стражей (импортированный список)', detail: 'Census 2023' });
  });
});
