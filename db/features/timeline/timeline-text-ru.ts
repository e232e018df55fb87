// Timeline entries in Russian, the same lines as timeline-text.ts's English, in the words of the
// renderer's Russian catalogues (timeline.json, vocab.json).
import type { SentenceTerm, TimelineFacts, TimelineKind } from '../../contract/timeline';
import { formatPartialDate } from '../../../shared/partial-date';
import { vocabWord, type VocabGroup } from '../common/vocab-words';

import type { TimelineLine } from './timeline-text';

const KIND: Record<TimelineKind, string> = {
  referral_received: 'Обращение получено',
  case_opened: 'Дело открыто',
  arrest: 'Задержание',
  charge: 'Обвинение',
  court_event: 'Суд',
  sentence: 'Приговор',
  observation: 'Известно, что под стражей',
  advocacy_action: 'Защита',
  wgad_submitted: 'РГПЗ: жалоба подана',
  wgad_transmitted: 'РГПЗ: передана правительству',
  wgad_reply_due: 'РГПЗ: срок ответа',
  wgad_reply_received: 'РГПЗ: ответ получен',
  wgad_source_comments_sent: 'РГПЗ: комментарии источника',
  wgad_opinion_adopted: 'РГПЗ: мнение принято',
  wgad_follow_up_due: 'РГПЗ: проверка исполнения',
  transfer: 'Перевод',
  visit: 'Посещение',
  health_report: 'Состояние здоровья',
  hunger_strike: 'Голодовка',
  ill_treatment_allegation: 'Сообщение о пытках',
  family_contact: 'Связь с семьёй',
  status_change: 'Изменение статуса',
  note: 'Заметка',
  task: 'Задача',
  review: 'Проверка',
  expected_release: 'Ожидаемое освобождение',
  release: 'Освобождение',
  case_closed: 'Дело закрыто',
};

const plurals = new Intl.PluralRules('ru');
const UNITS = {
  years: { one: 'год', few: 'года', many: 'лет', other: 'года' },
  months: { one: 'месяц', few: 'месяца', many: 'месяцев', other: 'месяца' },
  days: { one: 'день', few: 'дня', many: 'дней', other: 'дня' },
} as const;
const count = (n: number, unit: keyof typeof UNITS): string | null => {
  if (n === 0) return null;
  const form = plurals.select(n) as keyof (typeof UNITS)['years'];
  return `${n} ${UNITS[unit][form] ?? UNITS[unit].other}`;
};

export function russianTermText(s: SentenceTerm): string {
  if (s.life) return 'пожизненно';
  const parts = [count(s.years, 'years'), count(s.months, 'months'), count(s.days, 'days')].filter((p) => p !== null);
  return parts.join(' ') || 'срок не указан';
}

const joined = (...parts: Array<string | null | undefined>): string | null => parts.filter((p) => p).join(' · ') || null;
const word = (group: VocabGroup, key: string): string => vocabWord('ru', group, key);
const lower = (s: string): string => s.toLocaleLowerCase('ru');

export function russianRedactedLine(kind: TimelineKind): TimelineLine {
  return { title: `Конфиденциальная запись (${lower(KIND[kind])})`, detail: null };
}

export function russianFactsLine(f: TimelineFacts): TimelineLine {
  switch (f.kind) {
    case 'referral_received':
      return { title: `Обращение от: ${lower(word('channel', f.channel))}`, detail: `Срочность: ${lower(word('urgency', f.urgency))}` };
    case 'case_opened':
      return { title: KIND.case_opened, detail: null };
    case 'case_closed':
      return { title: KIND.case_closed, detail: f.closingReason === null ? null : `Причина: ${lower(word('closingReason', f.closingReason))}` };
    case 'arrest':
      return { title: 'Задержан', detail: joined(word('detentionType', f.detentionType), f.place, f.authority, f.facility) };
    case 'release':
      return { title: 'Освобождён', detail: f.releaseReason === null ? null : word('releaseReason', f.releaseReason) };
    case 'charge':
      return { title: `Обвинение: ${f.code}, ст. ${f.article}`, detail: f.description };
    case 'court_event':
      return { title: joined(word('courtEventKind', f.courtEventKind), f.court) ?? KIND.court_event, detail: f.outcome };
    case 'sentence': {
      if (f.change === 'overturned') return { title: 'Приговор отменён', detail: word('sentenceType', f.sentenceType) };
      const what = f.change === null ? 'Приговор' : `Приговор изменён (${lower(word('sentenceChange', f.change))})`;
      return { title: `${what}: ${russianTermText(f.term)}`, detail: word('sentenceType', f.sentenceType) };
    }
    case 'expected_release':
      return { title: KIND.expected_release, detail: russianTermText(f.term) };
    case 'observation':
      return { title: `Известно, что под стражей (${lower(word('observationSource', f.source))})`, detail: f.note };
    case 'advocacy_action':
      return { title: word('advocacyType', f.advocacyType), detail: joined(f.target, word('advocacyStatus', f.status), f.outcome) };
    case 'wgad_opinion_adopted':
      return { title: KIND.wgad_opinion_adopted, detail: joined(f.opinionNumber, f.session, word('wgadOutcome', f.outcome)) };
    case 'task':
      return { title: f.title, detail: f.done ? 'Выполнено' : `Срок: ${formatPartialDate(f.dueOn, 'ru')}` };
    case 'review':
      return { title: f.verdict === 'signed_off' ? 'Проверка: утверждено' : 'Проверка: нужны исправления', detail: f.comment };
    case 'wgad_submitted':
    case 'wgad_transmitted':
    case 'wgad_reply_due':
    case 'wgad_reply_received':
    case 'wgad_source_comments_sent':
    case 'wgad_follow_up_due':
      return { title: KIND[f.kind], detail: null };
    default:
      return { title: f.title, detail: f.body };
  }
}
