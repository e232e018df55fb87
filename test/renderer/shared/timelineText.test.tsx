// Timeline entries in the interface language, worded from the facts the service sends. The entries
// are typed by the contract (db/api.ts), so a change to what the service sends breaks this file at
// compile time rather than leaving it testing a copy of old titles.
import { renderHook } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';

import type { TimelineEntry, TimelineFacts, TimelineTable } from '../../../db/api';
import { i18n, setLanguage } from '../../../renderer/src/i18n';
import { useEntryText } from '../../../renderer/src/shared/timelineText';

function entry(facts: TimelineFacts, recordTable: TimelineTable, patch: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    kind: facts.kind,
    date: '2021-03',
    datePrecision: 'month',
    facts,
    recordTable,
    recordId: 'r1',
    confidential: false,
    redacted: false,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    ...patch,
  };
}

const term = (years: number, months = 0) => ({ years, months, days: 0, life: false });
const charge = entry({ kind: 'charge', code: 'УК РК', article: '174', description: 'Inciting discord' }, 'charges');
const changed = entry({ kind: 'sentence', change: 'appeal_reduced', sentenceType: 'imprisonment', term: term(5, 6) }, 'sentences');
const overturned = entry({ kind: 'sentence', change: 'overturned', sentenceType: 'imprisonment', term: term(5) }, 'sentences');
const expected = entry({ kind: 'expected_release', term: term(7) }, 'sentences');
const hearing = entry({ kind: 'court_event', courtEventKind: 'trial_hearing', court: 'Almaty City Court', outcome: null }, 'court_events');
const arrest = entry({ kind: 'arrest', detentionType: 'pre_trial', place: 'Almaty', authority: 'KNB', facility: null }, 'detention_episodes');
const referral = entry({ kind: 'referral_received', channel: 'family', urgency: 'urgent', summary: null }, 'referrals');
const told = entry({ kind: 'referral_received', channel: 'lawyer', urgency: 'high', summary: 'Detained after a post' }, 'referrals');
const uncoded = entry({ kind: 'charge', code: '', article: '244-1', description: null }, 'charges');
const closed = entry({ kind: 'case_closed', closingReason: 'released' }, 'cases');
const opened = entry({ kind: 'case_opened' }, 'cases');
const letter = entry({ kind: 'advocacy_action', advocacyType: 'letter_to_government', target: 'MFA', status: 'submitted', outcome: null }, 'advocacy_actions');
const opinion = entry({ kind: 'wgad_opinion_adopted', opinionNumber: '12/2023', session: '96th', outcome: 'arbitrary' }, 'wgad_petitions');
const review = entry({ kind: 'review', verdict: 'changes_requested', comment: 'Add the verdict' }, 'reviews');
const task = entry({ kind: 'task', title: 'Call the lawyer', dueOn: '2026-02-01', done: true }, 'tasks');
const note = entry({ kind: 'note', title: 'Lawyer visited', body: 'No access to medicine' }, 'case_events');
const observed = entry({ kind: 'observation', source: 'import', note: 'Census 2023' }, 'detention_observations');
const secret = entry({ kind: 'visit', title: 'never shown', body: null }, 'case_events', { facts: null, redacted: true, confidential: true });

afterAll(async () => {
  await setLanguage('en');
});

describe('useEntryText', () => {
  it('reads naturally in English', async () => {
    await setLanguage('en');
    const { result } = renderHook(() => useEntryText());
    const text = result.current;
    expect(text(charge)).toEqual({ heading: 'Charged: УК РК, art. 174', detail: 'Inciting discord' });
    expect(text(changed)).toEqual({ heading: 'Sentence changed (reduced on appeal): 5 years 6 months', detail: 'Imprisonment' });
    expect(text(overturned)).toEqual({ heading: 'Sentence overturned', detail: 'Imprisonment' });
    expect(text(expected)).toEqual({ heading: 'Due out at the end of 7 years', detail: null });
    expect(text(arrest)).toEqual({ heading: 'Pre-trial detention', detail: 'Almaty · KNB' });
    expect(text(referral)).toEqual({ heading: 'Referral from: Family', detail: 'Urgency: Urgent' });
    // The referrer's account follows; a charge named at intake without its code reads without it.
    expect(text(told)).toEqual({ heading: 'Referral from: Lawyer', detail: 'Urgency: High · Detained after a post' });
    expect(text(uncoded)).toEqual({ heading: 'Charged: art. 244-1', detail: null });
    expect(text(opened)).toEqual({ heading: 'The case was opened', detail: null });
    expect(text(review)).toEqual({ heading: 'Review: changes requested', detail: 'Add the verdict' });
    expect(text(task)).toEqual({ heading: 'Call the lawyer', detail: 'Done' });
    expect(text(note)).toEqual({ heading: 'Lawyer visited', detail: 'No access to medicine' });
    expect(text(secret)).toEqual({ heading: 'Confidential entry', detail: null });
    expect(text(observed)).toEqual({ heading: 'Known to be held (imported list)', detail: 'Census 2023' });
  });

  it('translates vocabulary and terms into Russian and keeps what people typed', async () => {
    await setLanguage('ru');
    expect(i18n.language).toBe('ru');
    const { result } = renderHook(() => useEntryText());
    const text = result.current;
    expect(text(charge).heading).toBe('Обвинение: УК РК, ст. 174');
    expect(text(changed)).toEqual({ heading: 'Приговор изменён (снижен в апелляции): 5 лет 6 месяцев', detail: 'Лишение свободы' });
    expect(text(hearing)).toEqual({ heading: 'Судебное заседание', detail: 'Almaty City Court' });
    expect(text(arrest).heading).toBe('Досудебное содержание');
    expect(text(note).heading).toBe('Lawyer visited');
    expect(text(secret)).toEqual({ heading: 'Конфиденциальная запись', detail: null });
    expect(text(observed)).toEqual({ heading: 'Известно, что под стражей (импортированный список)', detail: 'Census 2023' });
    // Every other kind is worded in Russian too: no heading falls back to English.
    for (const e of [overturned, expected, referral, closed, opened, letter, opinion, review]) {
      const { heading } = text(e);
      expect(heading, e.kind).toMatch(/[а-яё]/i);
      expect(heading, e.kind).not.toMatch(/[a-z]{3}/);
    }
    expect(text(letter).detail).toBe('MFA · Подано');
    expect(text(opinion).detail).toBe('12/2023 · 96th · Произвольное');
    expect(text(referral).detail).toMatch(/^[^a-z]+$/i);
    expect(text(uncoded).heading).toBe('Обвинение: ст. 244-1');
    expect(text(told)).toEqual({ heading: 'Обращение от: Адвокат', detail: 'Срочность: Высокая · Detained after a post' });
  });
});
