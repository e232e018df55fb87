// Words for a timeline entry in the interface language, made from the facts the service sends
// (vocabulary keys, numbers, what people typed); nothing the service words is read back.
import { useTranslation } from 'react-i18next';

import type { SentenceTerm, TimelineEntry, TimelineFacts } from '../../../db/api';
import { isCaseEventKind } from './timelineKinds';

export interface EntryText {
  heading: string;
  detail: string | null;
}

const joined = (...parts: Array<string | null | undefined>): string | null => parts.filter((p) => p).join(' · ') || null;

export function useEntryText(): (entry: TimelineEntry) => EntryText {
  const { t, i18n } = useTranslation('timeline');
  const vocab = (group: string, key: string | null): string | null => {
    if (key === null) return null;
    const path = `vocab:${group}.${key}`;
    return i18n.exists(path) ? t(path) : null;
  };
  const term = (s: SentenceTerm): string => {
    if (s.life) return t('term.life');
    const pieces = [
      s.years ? t('term.years', { count: s.years }) : null,
      s.months ? t('term.months', { count: s.months }) : null,
      s.days ? t('term.days', { count: s.days }) : null,
    ].filter((p) => p !== null);
    return pieces.length > 0 ? pieces.join(' ') : t('term.unknown');
  };

  const describe = (facts: TimelineFacts): EntryText => {
    const kindLabel = t(`kind.${facts.kind}`);
    switch (facts.kind) {
      case 'referral_received':
        return {
          heading: t('referralFrom', { channel: vocab('channel', facts.channel) ?? facts.channel }),
          detail: joined(t('referralUrgency', { urgency: vocab('urgency', facts.urgency) ?? facts.urgency }), facts.summary),
        };
      case 'case_closed':
        return { heading: vocab('closingReason', facts.closingReason) ?? kindLabel, detail: null };
      case 'arrest':
        return { heading: vocab('detentionType', facts.detentionType) ?? kindLabel, detail: joined(facts.place, facts.authority, facts.facility) };
      case 'release':
        return { heading: vocab('releaseReason', facts.releaseReason) ?? kindLabel, detail: null };
      case 'charge':
        return { heading: facts.code === '' ? t('chargeNoCode', { article: facts.article }) : t('charge', { code: facts.code, article: facts.article }), detail: facts.description };
      case 'court_event':
        return { heading: vocab('courtEventKind', facts.courtEventKind) ?? kindLabel, detail: joined(facts.court, facts.outcome) };
      case 'sentence': {
        const detail = vocab('sentenceType', facts.sentenceType);
        if (facts.change === 'overturned') return { heading: t('sentenceOverturned'), detail };
        const change = vocab('sentenceChange', facts.change);
        const heading = change
          ? t('sentenceChanged', { change: change.toLocaleLowerCase(), term: term(facts.term) })
          : t('sentence', { term: term(facts.term) });
        return { heading, detail };
      }
      case 'observation':
        return { heading: t('observationFrom', { source: (vocab('observationSource', facts.source) ?? facts.source).toLocaleLowerCase() }), detail: facts.note };
      case 'expected_release':
        return { heading: t('afterTerm', { term: term(facts.term) }), detail: null };
      case 'advocacy_action':
        return {
          heading: vocab('advocacyType', facts.advocacyType) ?? kindLabel,
          detail: joined(facts.target, vocab('advocacyStatus', facts.status), facts.outcome),
        };
      case 'wgad_opinion_adopted':
        return { heading: kindLabel, detail: joined(facts.opinionNumber, facts.session, vocab('wgadOutcome', facts.outcome)) };
      case 'task':
        return { heading: facts.title, detail: facts.done ? t('taskDone') : t('taskOpen') };
      case 'review':
        return { heading: facts.verdict === 'signed_off' ? t('reviewSignedOff') : t('reviewChanges'), detail: facts.comment };
      default:
        return 'title' in facts ? { heading: facts.title, detail: facts.body } : { heading: kindLabel, detail: null };
    }
  };
  // The kind is already shown beside the entry: where the heading would only repeat it, a sentence
  // says what happened instead ("Transmitted to the government" rather than "WGAD: transmitted").
  return (entry) => {
    if (entry.facts === null) return { heading: isCaseEventKind(entry.kind) ? t('redacted') : t(`kind.${entry.kind}`), detail: null };
    const text = describe(entry.facts);
    const headline = `headline.${entry.kind}`;
    if (text.heading === t(`kind.${entry.kind}`) && i18n.exists(`timeline:${headline}`)) return { ...text, heading: t(headline) };
    return text;
  };
}
