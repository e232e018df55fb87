// The words the advocacy documents put around a case's facts, in English and Russian: what a
// missing field is called in the checklist, the vocabulary, and fixed phrases. The headings and
// sentences themselves are in the templates, which an administrator may edit.
import type { ArrestWarrant, Consent, CourtEventKind, Sex, WgadCategory } from '../../../shared/vocabulary';
import type { ReportLanguage } from '../../contract/reports';
import type { MissingField } from '../../contract/advocacy-documents';

export interface AdvocacyWords {
  /** "[to complete: {{field}}]" */
  toComplete: (field: string) => string;
  missing: Record<MissingField, string>;
  sex: Record<Sex, string>;
  warrant: Record<ArrestWarrant, string>;
  consent: Record<Consent, string>;
  courtEventKind: Record<CourtEventKind, string>;
  category: Record<WgadCategory, string>;
  sourceWithheld: string;
  stillHeld: string;
  /** "about 3 years and 2 months" */
  duration: (years: number, months: number) => string;
  born: (date: string) => string;
  government: (country: string) => string;
}

const ruPlural = (n: number, one: string, few: string, many: string): string => {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
};

const en: AdvocacyWords = {
  toComplete: (field) => `[to complete: ${field}]`,
  missing: {
    'person.sex': 'sex',
    'person.birthDate': 'date of birth or age',
    'person.nationality': 'nationality',
    'person.identityDocument': 'identity document and its number',
    'person.profession': 'profession or activity',
    'person.address': 'address of usual residence',
    'arrest.date': 'date of arrest',
    'arrest.place': 'place of arrest',
    'arrest.forces': 'forces who carried out the arrest',
    'arrest.warrant': 'whether a warrant was shown',
    'arrest.warrantIssuer': 'authority that issued the warrant',
    'arrest.reasons': 'reasons for the arrest given by the authorities',
    charges: 'legal basis and charges (code and article)',
    'detention.places': 'places of detention',
    'detention.orderedBy': 'authority that ordered the detention',
    'detention.reasons': 'reasons for the detention imputed by the authorities',
    categories: 'categories of arbitrary detention claimed',
    'category.I': 'facts supporting category I',
    'category.II': 'facts supporting category II',
    'category.III': 'facts supporting category III',
    'category.IV': 'facts supporting category IV',
    'category.V': 'facts supporting category V',
    remedies: 'domestic remedies tried and their results',
    source: 'name and address of the source',
    consent: 'consent of the person or their family',
    circumstances: 'circumstances of the case',
    risks: 'the risk to the person (health, ill-treatment)',
  },
  sex: { male: 'male', female: 'female', other: 'other', unknown: 'unknown' },
  warrant: {
    yes: 'Yes, a warrant or decision of a public authority was shown',
    no: 'No warrant or decision of a public authority was shown',
    unknown: 'Not known',
  },
  consent: {
    none: 'No consent recorded',
    private_only: 'The person or their family consent to this communication, and ask that it not be made public',
    public: 'The person or their family consent to this communication and to public advocacy',
  },
  courtEventKind: {
    pre_trial_hearing: 'Pre-trial hearing',
    trial_hearing: 'Trial hearing',
    verdict: 'Verdict',
    appeal: 'Appeal',
    cassation: 'Cassation',
    supreme_court: 'Supreme Court',
  },
  category: {
    I: 'Category I: no legal basis can be invoked to justify the deprivation of liberty',
    II: 'Category II: the deprivation of liberty results from the exercise of rights or freedoms guaranteed by the Universal Declaration of Human Rights and the International Covenant on Civil and Political Rights',
    III: 'Category III: the norms of the right to a fair trial were not observed, so gravely as to make the deprivation of liberty arbitrary',
    IV: 'Category IV: asylum seekers, immigrants or refugees held in prolonged administrative custody without review or remedy',
    V: 'Category V: the deprivation of liberty is discriminatory',
  },
  sourceWithheld: 'The source asked that their identity be withheld.',
  stillHeld: 'still held',
  duration: (y, m) => `about ${y > 0 ? `${y} year${y === 1 ? '' : 's'}` : ''}${y > 0 && m > 0 ? ' and ' : ''}${m > 0 || y === 0 ? `${m} month${m === 1 ? '' : 's'}` : ''}`,
  born: (date) => `born ${date}`,
  government: (country) => `The Government of ${country}`,
};

const ru: AdvocacyWords = {
  toComplete: (field) => `[заполнить: ${field}]`,
  missing: {
    'person.sex': 'пол',
    'person.birthDate': 'дата рождения или возраст',
    'person.nationality': 'гражданство',
    'person.identityDocument': 'документ, удостоверяющий личность, и его номер',
    'person.profession': 'род занятий',
    'person.address': 'адрес постоянного проживания',
    'arrest.date': 'дата ареста',
    'arrest.place': 'место ареста',
    'arrest.forces': 'кто произвёл арест',
    'arrest.warrant': 'был ли предъявлен ордер',
    'arrest.warrantIssuer': 'орган, выдавший ордер',
    'arrest.reasons': 'причины ареста, названные властями',
    charges: 'правовые основания и обвинения (кодекс и статья)',
    'detention.places': 'места содержания под стражей',
    'detention.orderedBy': 'орган, распорядившийся о заключении под стражу',
    'detention.reasons': 'причины содержания под стражей, выдвинутые властями',
    categories: 'заявленные категории произвольного задержания',
    'category.I': 'факты в подтверждение категории I',
    'category.II': 'факты в подтверждение категории II',
    'category.III': 'факты в подтверждение категории III',
    'category.IV': 'факты в подтверждение категории IV',
    'category.V': 'факты в подтверждение категории V',
    remedies: 'использованные внутренние средства защиты и их результаты',
    source: 'имя и адрес источника',
    consent: 'согласие лица или его семьи',
    circumstances: 'обстоятельства дела',
    risks: 'угроза для лица (здоровье, жестокое обращение)',
  },
  sex: { male: 'мужской', female: 'женский', other: 'другой', unknown: 'неизвестен' },
  warrant: {
    yes: 'Да, был предъявлен ордер или решение государственного органа',
    no: 'Ордер или решение государственного органа не предъявлялись',
    unknown: 'Неизвестно',
  },
  consent: {
    none: 'Согласие не получено',
    private_only: 'Лицо или его семья согласны на это сообщение и просят не предавать его огласке',
    public: 'Лицо или его семья согласны на это сообщение и на публичную кампанию',
  },
  courtEventKind: {
    pre_trial_hearing: 'Предварительное слушание',
    trial_hearing: 'Судебное заседание',
    verdict: 'Приговор',
    appeal: 'Апелляция',
    cassation: 'Кассация',
    supreme_court: 'Верховный суд',
  },
  category: {
    I: 'Категория I: лишение свободы не может быть обосновано никаким правовым основанием',
    II: 'Категория II: лишение свободы является следствием осуществления прав и свобод, гарантированных Всеобщей декларацией прав человека и Международным пактом о гражданских и политических правах',
    III: 'Категория III: нормы права на справедливое судебное разбирательство не соблюдены настолько, что лишение свободы становится произвольным',
    IV: 'Категория IV: просители убежища, иммигранты или беженцы длительно содержатся под административным арестом без пересмотра и средств защиты',
    V: 'Категория V: лишение свободы носит дискриминационный характер',
  },
  sourceWithheld: 'Источник просил не раскрывать его личность.',
  stillHeld: 'по-прежнему под стражей',
  duration: (y, m) => {
    const years = y > 0 ? `${y} ${ruPlural(y, 'год', 'года', 'лет')}` : '';
    const months = m > 0 || y === 0 ? `${m} ${ruPlural(m, 'месяц', 'месяца', 'месяцев')}` : '';
    return `около ${[years, months].filter(Boolean).join(' и ')}`;
  },
  born: (date) => `род. ${date}`,
  government: (country) => `Правительство: ${country}`,
};

export const ADVOCACY_WORDS: Record<ReportLanguage, AdvocacyWords> = { en, ru };

