// Words for a timeline entry in the interface language. The service sends short English titles
// built from vocabulary ("Charged: УК РК art. 174", "Sentence: 7 years"); their record-specific
// parts are picked out and put into translated phrases, and anything not recognised is shown as sent.
import { useTranslation } from 'react-i18next';

import type { TimelineEntry } from '../../../../db/api';
import { isCaseEventKind } from './timelineKinds';

export interface EntryText {
  heading: string;
  detail: string | null;
}

// The service writes vocabulary keys "humanized" (pre_trial → "Pre trial"); this undoes it.
const keyOf = (words: string): string => words.trim().toLowerCase().replace(/[\s-]+/g, '_');

// The service's own titles for advocacy types, where they differ from the vocabulary's key.
const ADVOCACY_TITLES: Record<string, string> = {
  'letter to the government': 'letter_to_government',
  'diplomatic meeting': 'diplomatic_meeting',
  'social media campaign': 'social_media_campaign',
  'wgad petition': 'wgad_petition',
  'wgad urgent appeal': 'wgad_urgent_appeal',
  'un special procedures communication': 'un_special_procedures',
  'us congress or government': 'us_congress_or_government',
};

export function useEntryText(): (entry: TimelineEntry) => EntryText {
  const { t, i18n } = useTranslation('timeline');
  const vocabOr = (group: string, words: string | undefined): string | null => {
    if (!words) return null;
    const key = `vocab:${group}.${keyOf(words)}`;
    return i18n.exists(key) ? t(key) : null;
  };
  const term = (text: string): string => {
    if (/^life$/i.test(text)) return t('term.life');
    const part = (unit: string) => Number(new RegExp(`(\\d+) ${unit}s?\\b`).exec(text)?.[1] ?? 0);
    const pieces = [
      part('year') ? t('term.years', { count: part('year') }) : null,
      part('month') ? t('term.months', { count: part('month') }) : null,
      part('day') ? t('term.days', { count: part('day') }) : null,
    ].filter((p) => p !== null);
    return pieces.length > 0 ? pieces.join(' ') : t('term.unknown');
  };
  const joined = (...parts: Array<string | null | undefined>) => parts.filter((p) => p).join(' · ') || null;

  const describe = (entry: TimelineEntry): EntryText => {
    const kindLabel = t(`kind.${entry.kind}`);
    if (entry.redacted) return { heading: isCaseEventKind(entry.kind) ? t('redacted') : kindLabel, detail: null };
    if (isCaseEventKind(entry.kind) || entry.kind === 'task') {
      const detail = entry.kind === 'task' ? (entry.detail === 'Done' ? t('taskDone') : t('taskOpen')) : entry.detail;
      return { heading: entry.title, detail };
    }
    const [first, ...rest] = (entry.detail ?? '').split(' · ');
    switch (entry.kind) {
      case 'arrest':
        return { heading: vocabOr('detentionType', first) ?? kindLabel, detail: joined(...rest) };
      case 'release':
        return { heading: vocabOr('releaseReason', entry.detail ?? undefined) ?? kindLabel, detail: null };
      case 'charge': {
        const m = /^Charged: (.+) art\. (.+)$/.exec(entry.title);
        return { heading: m ? t('charge', { code: m[1], article: m[2] }) : entry.title, detail: entry.detail };
      }
      case 'court_event': {
        const [kind, ...court] = entry.title.split(' · ');
        return { heading: vocabOr('courtEventKind', kind) ?? entry.title, detail: joined(court.join(' · '), entry.detail) };
      }
      case 'sentence': {
        if (entry.title === 'Sentence overturned') return { heading: t('sentenceOverturned'), detail: vocabOr('sentenceType', entry.detail ?? undefined) };
        const m = /^Sentence(?: changed \((.+)\))?: (.+)$/.exec(entry.title);
        if (!m) return { heading: entry.title, detail: entry.detail };
        const change = vocabOr('sentenceChange', m[1]);
        return {
          heading: change ? t('sentenceChanged', { change: change.toLocaleLowerCase(), term: term(m[2] ?? '') }) : t('sentence', { term: term(m[2] ?? '') }),
          detail: vocabOr('sentenceType', entry.detail ?? undefined) ?? entry.detail,
        };
      }
      case 'observation': {
        // Facts, not words: the source is a vocabulary key, the note the caseworker's own text.
        const source = entry.observation?.source;
        return { heading: source ? t('observationFrom', { source: t(`vocab:observationSource.${source}`).toLocaleLowerCase() }) : kindLabel, detail: entry.observation?.note ?? null };
      }
      case 'expected_release':
        return { heading: entry.detail ? t('afterTerm', { term: term(entry.detail) }) : kindLabel, detail: null };
      case 'advocacy_action': {
        const type = ADVOCACY_TITLES[entry.title.toLowerCase()] ?? keyOf(entry.title);
        const heading = i18n.exists(`vocab:advocacyType.${type}`) ? t(`vocab:advocacyType.${type}`) : entry.title;
        return { heading, detail: joined(...(entry.detail ?? '').split(' · ').map((p) => vocabOr('advocacyStatus', p) ?? p)) };
      }
      case 'wgad_opinion_adopted':
        return { heading: kindLabel, detail: joined(...(entry.detail ?? '').split(' · ').map((p) => vocabOr('wgadOutcome', p) ?? p)) };
      case 'referral_received': {
        const m = /^From: (.+); urgency: (\w+)$/.exec(entry.detail ?? '');
        return { heading: m ? t('referralFrom', { channel: vocabOr('channel', m[1]) ?? m[1] }) : kindLabel, detail: m ? t('referralUrgency', { urgency: vocabOr('urgency', m[2]) ?? m[2] }) : entry.detail };
      }
      case 'case_closed': {
        const reason = /^Reason: (\w+)$/.exec(entry.detail ?? '')?.[1];
        return { heading: vocabOr('closingReason', reason) ?? kindLabel, detail: null };
      }
      case 'review':
        return { heading: entry.title.endsWith('signed off') ? t('reviewSignedOff') : t('reviewChanges'), detail: entry.detail };
      default:
        return { heading: kindLabel, detail: entry.detail };
    }
  };
  // The kind is already shown beside the entry: where the heading would only repeat it, a sentence
  // says what happened instead ("Transmitted to the government" rather than "WGAD: transmitted").
  return (entry) => {
    const text = describe(entry);
    const headline = `headline.${entry.kind}`;
    if (text.heading === t(`kind.${entry.kind}`) && i18n.exists(`timeline:${headline}`)) return { ...text, heading: t(headline) };
    return text;
  };
}
