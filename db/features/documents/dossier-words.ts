// The case dossier's own words (headings, labels, column titles, notes), in English and Russian.
// Vocabulary words come from common/vocab-words.ts, timeline entries from timeline/timeline-text.ts.
import type { DocumentLanguage } from '../../contract/documents';

export interface DossierWords {
  title: string;
  sections: Record<'case' | 'person' | 'contacts' | 'detention' | 'sentences' | 'advocacy' | 'wgad' | 'timeline' | 'attachments', string>;
  caseFields: Record<'reference' | 'country' | 'status' | 'detentionStatus' | 'openedOn' | 'closedOn' | 'caseworker' | 'referralReceived' | 'referralSource', string>;
  personFields: Record<'name' | 'variants' | 'sex' | 'birthDate' | 'citizenship' | 'professions' | 'organisations' | 'notes', string>;
  episode: (n: number) => string;
  episodeFields: Record<'arrested' | 'released' | 'releaseReason' | 'type' | 'authority' | 'place' | 'facility' | 'warrant' | 'warrantNote' | 'grounds', string>;
  warrant: Record<'yes' | 'no' | 'unknown', string>;
  stillHeld: string;
  dateUnknown: string;
  charges: string;
  chargeColumns: [string, string, string, string];
  courtEvents: string;
  courtColumns: [string, string, string, string];
  sentenceColumns: [string, string, string, string, string, string];
  current: string;
  superseded: string;
  life: string;
  advocacyColumns: [string, string, string, string, string];
  wgadFields: Record<'submitted' | 'transmitted' | 'replyDue' | 'replyReceived' | 'commentsSent' | 'opinionAdopted' | 'session' | 'opinionNumber' | 'categories' | 'outcome', string>;
  timelineColumns: [string, string];
  contactColumns: [string, string, string, string];
  attachmentColumns: [string, string, string, string];
  none: string;
  leftOut: Record<'confidentialFields' | 'contacts' | 'staffContacts', string>;
  withheldEntries: (n: number) => string;
  confidentialMark: string;
  bytes: (size: number) => string;
}

const enBytes = (size: number): string =>
  size < 1024 ? `${size} B` : size < 1024 * 1024 ? `${(size / 1024).toFixed(1)} KB` : `${(size / 1024 / 1024).toFixed(1)} MB`;
const ruBytes = (size: number): string =>
  size < 1024 ? `${size} Б` : size < 1024 * 1024 ? `${(size / 1024).toFixed(1).replace('.', ',')} КБ` : `${(size / 1024 / 1024).toFixed(1).replace('.', ',')} МБ`;

export const DOSSIER_WORDS: Record<DocumentLanguage, DossierWords> = {
  en: {
    title: 'Case dossier',
    sections: {
      case: 'Case',
      person: 'Person',
      contacts: 'Contacts',
      detention: 'Detention history',
      sentences: 'Sentences',
      advocacy: 'Advocacy',
      wgad: 'UN Working Group on Arbitrary Detention',
      timeline: 'Timeline',
      attachments: 'Attachments',
    },
    caseFields: {
      reference: 'Reference',
      country: 'Country',
      status: 'Status',
      detentionStatus: 'Detention status',
      openedOn: 'Opened',
      closedOn: 'Closed',
      caseworker: 'Caseworker',
      referralReceived: 'Referral received',
      referralSource: 'Referral source',
    },
    personFields: {
      name: 'Name',
      variants: 'Other spellings',
      sex: 'Sex',
      birthDate: 'Date of birth',
      citizenship: 'Citizenship',
      professions: 'Professions',
      organisations: 'Organisations',
      notes: 'Notes',
    },
    episode: (n) => `Detention ${n}`,
    episodeFields: {
      arrested: 'Arrested',
      released: 'Released',
      releaseReason: 'Reason for release',
      type: 'Type of detention',
      authority: 'Arresting authority',
      place: 'Place of arrest',
      facility: 'Place of detention',
      warrant: 'Arrest warrant shown',
      warrantNote: 'About the warrant',
      grounds: 'Grounds given for detention',
    },
    warrant: { yes: 'Yes', no: 'No', unknown: 'Not known' },
    stillHeld: 'Still held',
    dateUnknown: 'Date unknown',
    charges: 'Charges',
    chargeColumns: ['Code', 'Article', 'Description', 'Category'],
    courtEvents: 'Court events',
    courtColumns: ['Date', 'Event', 'Court', 'Outcome'],
    sentenceColumns: ['Handed down', 'Type', 'Term', 'Start', 'Expected release', 'Applies'],
    current: 'In force',
    superseded: 'Superseded',
    life: 'Life',
    advocacyColumns: ['Date', 'Action', 'Target', 'Status', 'Outcome'],
    wgadFields: {
      submitted: 'Submitted',
      transmitted: 'Transmitted to the government',
      replyDue: 'Government reply due',
      replyReceived: 'Government reply received',
      commentsSent: 'Source comments sent',
      opinionAdopted: 'Opinion adopted',
      session: 'Session',
      opinionNumber: 'Opinion number',
      categories: 'Categories',
      outcome: 'Outcome',
    },
    timelineColumns: ['Date', 'Entry'],
    contactColumns: ['Name', 'Relation', 'How to reach', 'Notes'],
    attachmentColumns: ['File', 'Size', 'SHA-256', 'Added'],
    none: 'None recorded.',
    leftOut: {
      confidentialFields: 'Confidential fields (person notes, confidential case events, the referral source) are left out of this dossier.',
      contacts: 'Contacts (relatives, lawyers) are left out of this dossier.',
      staffContacts: 'Contacts are not part of a dossier made by staff.',
    },
    withheldEntries: (n) => `${n} confidential ${n === 1 ? 'entry is' : 'entries are'} left out.`,
    confidentialMark: 'confidential',
    bytes: enBytes,
  },
  ru: {
    title: 'Досье дела',
    sections: {
      case: 'Дело',
      person: 'Лицо',
      contacts: 'Контакты',
      detention: 'История задержаний',
      sentences: 'Приговоры',
      advocacy: 'Правозащитные действия',
      wgad: 'Рабочая группа ООН по произвольным задержаниям',
      timeline: 'Хронология',
      attachments: 'Вложения',
    },
    caseFields: {
      reference: 'Номер дела',
      country: 'Страна',
      status: 'Статус',
      detentionStatus: 'Статус содержания',
      openedOn: 'Открыто',
      closedOn: 'Закрыто',
      caseworker: 'Ведущий сотрудник',
      referralReceived: 'Обращение получено',
      referralSource: 'Источник обращения',
    },
    personFields: {
      name: 'Имя',
      variants: 'Другие написания',
      sex: 'Пол',
      birthDate: 'Дата рождения',
      citizenship: 'Гражданство',
      professions: 'Род занятий',
      organisations: 'Организации',
      notes: 'Заметки',
    },
    episode: (n) => `Задержание ${n}`,
    episodeFields: {
      arrested: 'Задержан',
      released: 'Освобождён',
      releaseReason: 'Причина освобождения',
      type: 'Вид содержания',
      authority: 'Задержавший орган',
      place: 'Место задержания',
      facility: 'Место содержания',
      warrant: 'Предъявлен ордер на арест',
      warrantNote: 'Об ордере',
      grounds: 'Названные основания задержания',
    },
    warrant: { yes: 'Да', no: 'Нет', unknown: 'Неизвестно' },
    stillHeld: 'Под стражей',
    dateUnknown: 'Дата неизвестна',
    charges: 'Обвинения',
    chargeColumns: ['Кодекс', 'Статья', 'Описание', 'Категория'],
    courtEvents: 'Судебные события',
    courtColumns: ['Дата', 'Событие', 'Суд', 'Итог'],
    sentenceColumns: ['Вынесен', 'Вид', 'Срок', 'Начало', 'Ожидаемое освобождение', 'Действует'],
    current: 'Действует',
    superseded: 'Заменён',
    life: 'Пожизненно',
    advocacyColumns: ['Дата', 'Действие', 'Адресат', 'Статус', 'Итог'],
    wgadFields: {
      submitted: 'Подана',
      transmitted: 'Передана правительству',
      replyDue: 'Срок ответа правительства',
      replyReceived: 'Ответ правительства получен',
      commentsSent: 'Комментарии источника отправлены',
      opinionAdopted: 'Мнение принято',
      session: 'Сессия',
      opinionNumber: 'Номер мнения',
      categories: 'Категории',
      outcome: 'Итог',
    },
    timelineColumns: ['Дата', 'Запись'],
    contactColumns: ['Имя', 'Кем приходится', 'Как связаться', 'Заметки'],
    attachmentColumns: ['Файл', 'Размер', 'SHA-256', 'Добавлен'],
    none: 'Ничего не записано.',
    leftOut: {
      confidentialFields: 'Конфиденциальные сведения (заметки о лице, конфиденциальные события дела, источник обращения) в досье не включены.',
      contacts: 'Контакты (родственники, адвокаты) в досье не включены.',
      staffContacts: 'Контакты не входят в досье, составленное сотрудником.',
    },
    withheldEntries: (n) => `Конфиденциальных записей не включено: ${n}.`,
    confidentialMark: 'конфиденциально',
    bytes: ruBytes,
  },
};
