// Timeline entries in words outside the renderer (the command line, the case dossier), made from
// the same facts the renderer words from its catalogues: English here, Russian in timeline-text-ru.ts.
import type { SentenceTerm, TimelineEntry, TimelineFacts } from '../../contract/timeline';
import type { AdvocacyType } from '../../../shared/vocabulary';
import { formatPartialDate } from '../../../shared/partial-date';
import { vocabWord, type VocabGroup } from '../common/vocab-words';
import { russianFactsLine, russianRedactedLine, russianTermText } from './timeline-text-ru';

export type TimelineLanguage = 'en' | 'ru';

export interface TimelineLine {
  title: string;
  detail: string | null;
}

const ADVOCACY_LABEL: Record<AdvocacyType, string> = {
  wgad_petition: 'WGAD petition',
  wgad_urgent_appeal: 'WGAD urgent appeal',
  un_special_procedures: 'UN Special Procedures communication',
  letter_to_government: 'Letter to the government',
  us_congress_or_government: 'US Congress or government',
  diplomatic_meeting: 'Diplomatic meeting',
  public_statement: 'Public statement',
  media: 'Media',
  social_media_campaign: 'Social media campaign',
  sanctions_submission: 'Sanctions submission',
  congressional_adoption: 'Congressional adoption',
  trial_monitoring: 'Trial monitoring',
  family_support: 'Family support',
  court_filing: 'Court filing',
};

const WGAD_TITLE = {
  wgad_submitted: 'WGAD: petition submitted',
  wgad_transmitted: 'WGAD: transmitted to the government',
  wgad_reply_due: 'WGAD: government reply due',
  wgad_reply_received: 'WGAD: government reply received',
  wgad_source_comments_sent: 'WGAD: source comments sent',
  wgad_opinion_adopted: 'WGAD: opinion adopted',
  wgad_follow_up_due: 'WGAD: follow-up due',
} as const;

/** A vocabulary key as words: pre_trial → "Pre trial". */
export const humanize = (key: string): string => key.charAt(0).toUpperCase() + key.slice(1).replace(/_/g, ' ');
/** A vocabulary key in the app's own English words (the same as the window's): pre_trial → "Pre-trial detention". */
const en = (group: VocabGroup, key: string): string => vocabWord('en', group, key);
const joined = (...parts: Array<string | null | undefined>): string | null => parts.filter((p) => p).join(' · ') || null;
const plural = (n: number, word: string): string | null => (n === 0 ? null : `${n} ${word}${n === 1 ? '' : 's'}`);

export function termText(s: SentenceTerm, language: TimelineLanguage = 'en'): string {
  if (language === 'ru') return russianTermText(s);
  if (s.life) return 'life';
  const parts = [plural(s.years, 'year'), plural(s.months, 'month'), plural(s.days, 'day')].filter((p) => p !== null);
  return parts.join(' ') || 'term not recorded';
}

function factsLine(f: TimelineFacts): TimelineLine {
  switch (f.kind) {
    case 'referral_received':
      return { title: 'Referral received', detail: joined(`From: ${en('channel', f.channel).toLowerCase()}; urgency: ${en('urgency', f.urgency).toLowerCase()}`, f.summary) };
    case 'case_opened':
      return { title: 'Case opened', detail: null };
    case 'case_closed':
      return { title: 'Case closed', detail: f.closingReason === null ? null : `Reason: ${en('closingReason', f.closingReason).toLowerCase()}` };
    case 'arrest':
      return { title: 'Arrested', detail: joined(en('detentionType', f.detentionType), f.place, f.authority, f.facility) };
    case 'release':
      return { title: 'Released', detail: f.releaseReason === null ? null : en('releaseReason', f.releaseReason) };
    case 'charge':
      return { title: f.code === '' ? `Charged: art. ${f.article}` : `Charged: ${f.code} art. ${f.article}`, detail: f.description };
    case 'court_event':
      return { title: joined(en('courtEventKind', f.courtEventKind), f.court) ?? f.courtEventKind, detail: f.outcome };
    case 'sentence': {
      if (f.change === 'overturned') return { title: 'Sentence overturned', detail: en('sentenceType', f.sentenceType) };
      const what = f.change === null ? 'Sentence' : `Sentence changed (${en('sentenceChange', f.change).toLowerCase()})`;
      return { title: `${what}: ${termText(f.term)}`, detail: en('sentenceType', f.sentenceType) };
    }
    case 'expected_release':
      return { title: 'Expected release', detail: termText(f.term) };
    case 'observation':
      return { title: `Known to be held (${en('observationSource', f.source).toLowerCase()})`, detail: f.note };
    case 'advocacy_action':
      return { title: ADVOCACY_LABEL[f.advocacyType], detail: joined(f.target, en('advocacyStatus', f.status), f.outcome) };
    case 'wgad_opinion_adopted':
      return { title: WGAD_TITLE[f.kind], detail: joined(f.opinionNumber, f.session, en('wgadOutcome', f.outcome)) };
    case 'task':
      return { title: f.title, detail: f.done ? 'Done' : `Due ${formatPartialDate(f.dueOn, 'en')}` };
    case 'review':
      return { title: f.verdict === 'signed_off' ? 'Review: signed off' : 'Review: changes requested', detail: f.comment };
    case 'wgad_submitted':
    case 'wgad_transmitted':
    case 'wgad_reply_due':
    case 'wgad_reply_received':
    case 'wgad_source_comments_sent':
    case 'wgad_follow_up_due':
      return { title: WGAD_TITLE[f.kind], detail: null };
    default:
      return { title: f.title, detail: f.body };
  }
}

/** An entry in words; a redacted one says only that it is confidential, and what kind it is. */
export function timelineLine(entry: TimelineEntry, language: TimelineLanguage = 'en'): TimelineLine {
  if (language === 'ru') return entry.facts === null ? russianRedactedLine(entry.kind) : russianFactsLine(entry.facts);
  if (entry.facts === null) return { title: `Confidential entry (${humanize(entry.kind).toLowerCase()})`, detail: null };
  return factsLine(entry.facts);
}
