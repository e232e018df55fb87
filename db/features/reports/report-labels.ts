// Words for the report CSV's label columns and its second header row, in English and Russian.
// The figure and vocabulary words are the renderer's own (reports.json, vocab.json), copied here
// because db/ may not import the renderer; test/db/features/reports/report-labels.test.ts keeps them equal.
import type { LeftOutReason, ReportGroupName, ReportLanguage } from '../../contract/reports';

export interface ReportWords {
  group: Record<ReportGroupName, string>;
  total: Partial<Record<ReportGroupName, string>>;
  noProfession: string;
  unknownFacility: string;
  unknownReason: string;
  /** With {{category}}. */
  category: string;
  sentences: Record<'count' | 'life' | 'total_years' | 'median_years', string>;
  /** With {{n}}. */
  confidential: string;
  vocab: Record<string, Record<string, string>>;
  columns: Record<CsvColumn, string>;
  leftOut: Record<LeftOutReason, string>;
  peopleGroup: string;
}

/** The CSV's columns in order: the machine keys of the first header row. */
export const CSV_COLUMNS = ['section', 'group', 'key', 'current', 'previous', 'change', 'country', 'group_label', 'label', 'current_text', 'previous_text', 'change_text'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const REPORT_WORDS: Record<ReportLanguage, ReportWords> = {
  en: {
    "group": {
      "referrals_by_channel": "Referrals received, by channel",
      "referrals_by_profession": "Referrals received, by profession",
      "referrals_decided": "Referrals decided",
      "detained_by_type": "People detained at the end of the period, by type of detention",
      "detained_by_facility": "People detained at the end of the period, by facility",
      "arrests": "Arrests in the period, by type of detention",
      "releases_by_reason": "Releases in the period, by reason",
      "sentences": "Sentences handed down",
      "charges": "Most used charges (arrests in the period)",
      "advocacy_by_type": "Advocacy actions, by type",
      "wgad_petitions_submitted": "WGAD petitions submitted",
      "wgad_opinions": "WGAD opinions adopted",
      "overdue_tasks": "Overdue work"
    },
    "total": {
      "referrals_by_channel": "All referrals",
      "referrals_decided": "All decisions",
      "detained_by_type": "People detained",
      "arrests": "All arrests",
      "releases_by_reason": "All releases",
      "advocacy_by_type": "All advocacy actions",
      "wgad_petitions_submitted": "Petitions submitted",
      "wgad_opinions": "Opinions adopted",
      "overdue_tasks": "Tasks overdue at the end of the period"
    },
    "noProfession": "No profession recorded",
    "unknownFacility": "Facility not known",
    "unknownReason": "Reason not known",
    "category": "Category {{category}}",
    "sentences": {
      "count": "Sentences",
      "life": "Life sentences",
      "total_years": "Total years (life and fines not counted)",
      "median_years": "Median years"
    },
    "confidential": "Confidential ({{n}})",
    "vocab": {
      "channel": {
        "family": "Family",
        "lawyer": "Lawyer",
        "partner_organisation": "Partner organisation",
        "detainee": "Detainee",
        "media": "Media",
        "other": "Other"
      },
      "profession": {
        "journalist": "Journalist",
        "human_rights_defender": "Human-rights defender",
        "lawyer": "Lawyer",
        "opposition_politician": "Opposition politician",
        "civic_activist": "Civic activist",
        "religious_believer": "Religious believer",
        "blogger": "Blogger",
        "labour_activist": "Labour activist",
        "student": "Student",
        "ethnic_minority_activist": "Ethnic-minority activist",
        "other": "Other"
      },
      "referralStatus": {
        "new": "New",
        "assessing": "Assessing",
        "accepted": "Accepted",
        "declined": "Declined",
        "referred_elsewhere": "Referred elsewhere"
      },
      "detentionType": {
        "pre_trial": "Pre-trial detention",
        "administrative": "Administrative detention",
        "house_arrest": "House arrest",
        "prison_colony": "Prison colony",
        "psychiatric": "Psychiatric detention",
        "incommunicado": "Incommunicado or disappeared"
      },
      "releaseReason": {
        "sentence_served": "Sentence served",
        "pardon": "Pardon",
        "amnesty": "Amnesty",
        "acquittal": "Acquittal",
        "early_release": "Early release",
        "exile_or_deportation": "Exile or deportation",
        "death_in_custody": "Death in custody",
        "disappeared": "Disappeared (whereabouts unknown)"
      },
      "advocacyType": {
        "wgad_petition": "WGAD petition",
        "wgad_urgent_appeal": "WGAD urgent appeal",
        "un_special_procedures": "UN Special Procedures communication",
        "letter_to_government": "Letter to the detaining government",
        "us_congress_or_government": "US Congress or government",
        "diplomatic_meeting": "Embassy or diplomatic meeting",
        "public_statement": "Public statement",
        "media": "Media",
        "social_media_campaign": "Social-media campaign",
        "sanctions_submission": "Sanctions submission (Global Magnitsky, 7031(c))",
        "congressional_adoption": "Congressional adoption",
        "trial_monitoring": "Trial monitoring",
        "family_support": "Family support",
        "court_filing": "Court filing"
      },
      "wgadOutcome": {
        "arbitrary": "Arbitrary",
        "not_arbitrary": "Not arbitrary",
        "filed": "Filed",
        "pending": "Pending"
      }
    },
    "columns": {
      "section": "Country code",
      "country": "Country",
      "group": "Group key",
      "group_label": "Group",
      "key": "Figure key",
      "label": "Figure",
      "current": "This period",
      "previous": "Previous period",
      "change": "Change",
      "current_text": "This period, in words",
      "previous_text": "Previous period, in words",
      "change_text": "Change, in words"
    },
    "leftOut": {
      "no_date": "Left out: no date known",
      "coarse_date": "Left out: date too coarse for the period"
    },
    "peopleGroup": "People detained at the end of the period (names)"
  },
  ru: {
    "group": {
      "referrals_by_channel": "Полученные обращения по каналам",
      "referrals_by_profession": "Полученные обращения по родам занятий",
      "referrals_decided": "Решения по обращениям",
      "detained_by_type": "Под стражей на конец периода, по виду содержания",
      "detained_by_facility": "Под стражей на конец периода, по учреждениям",
      "arrests": "Задержания за период, по виду содержания",
      "releases_by_reason": "Освобождения за период, по основаниям",
      "sentences": "Вынесенные приговоры",
      "charges": "Самые частые статьи обвинения (задержания за период)",
      "advocacy_by_type": "Правозащитные действия по видам",
      "wgad_petitions_submitted": "Поданные петиции в РГПЗ",
      "wgad_opinions": "Принятые мнения РГПЗ",
      "overdue_tasks": "Просроченная работа"
    },
    "total": {
      "referrals_by_channel": "Всего обращений",
      "referrals_decided": "Всего решений",
      "detained_by_type": "Всего под стражей",
      "arrests": "Всего задержаний",
      "releases_by_reason": "Всего освобождений",
      "advocacy_by_type": "Всего действий",
      "wgad_petitions_submitted": "Подано петиций",
      "wgad_opinions": "Принято мнений",
      "overdue_tasks": "Задачи, просроченные на конец периода"
    },
    "noProfession": "Род занятий не указан",
    "unknownFacility": "Учреждение неизвестно",
    "unknownReason": "Основание неизвестно",
    "category": "Категория {{category}}",
    "sentences": {
      "count": "Приговоры",
      "life": "Пожизненные сроки",
      "total_years": "Всего лет (без пожизненных и штрафов)",
      "median_years": "Медианный срок, лет"
    },
    "confidential": "Конфиденциально ({{n}})",
    "vocab": {
      "channel": {
        "family": "Семья",
        "lawyer": "Адвокат",
        "partner_organisation": "Партнёрская организация",
        "detainee": "Задержанный",
        "media": "СМИ",
        "other": "Другое"
      },
      "profession": {
        "journalist": "Журналист",
        "human_rights_defender": "Правозащитник",
        "lawyer": "Адвокат",
        "opposition_politician": "Оппозиционный политик",
        "civic_activist": "Гражданский активист",
        "religious_believer": "Верующий",
        "blogger": "Блогер",
        "labour_activist": "Профсоюзный активист",
        "student": "Студент",
        "ethnic_minority_activist": "Активист этнического меньшинства",
        "other": "Другое"
      },
      "referralStatus": {
        "new": "Новое",
        "assessing": "На рассмотрении",
        "accepted": "Принято",
        "declined": "Отклонено",
        "referred_elsewhere": "Передано другим"
      },
      "detentionType": {
        "pre_trial": "Досудебное содержание",
        "administrative": "Административный арест",
        "house_arrest": "Домашний арест",
        "prison_colony": "Исправительная колония",
        "psychiatric": "Психиатрическое учреждение",
        "incommunicado": "Без связи или исчезновение"
      },
      "releaseReason": {
        "sentence_served": "Срок отбыт",
        "pardon": "Помилование",
        "amnesty": "Амнистия",
        "acquittal": "Оправдание",
        "early_release": "Досрочное освобождение",
        "exile_or_deportation": "Высылка или депортация",
        "death_in_custody": "Смерть под стражей",
        "disappeared": "Исчезновение (местонахождение неизвестно)"
      },
      "advocacyType": {
        "wgad_petition": "Жалоба в РГПЗ ООН",
        "wgad_urgent_appeal": "Срочное обращение в РГПЗ",
        "un_special_procedures": "Сообщение специальным процедурам ООН",
        "letter_to_government": "Письмо правительству страны",
        "us_congress_or_government": "Конгресс или правительство США",
        "diplomatic_meeting": "Встреча с посольством или дипломатами",
        "public_statement": "Публичное заявление",
        "media": "СМИ",
        "social_media_campaign": "Кампания в соцсетях",
        "sanctions_submission": "Санкционное представление (Глобальный закон Магнитского, 7031(c))",
        "congressional_adoption": "Шефство конгрессмена",
        "trial_monitoring": "Мониторинг суда",
        "family_support": "Поддержка семьи",
        "court_filing": "Обращение в суд"
      },
      "wgadOutcome": {
        "arbitrary": "Произвольное",
        "not_arbitrary": "Не произвольное",
        "filed": "Прекращено",
        "pending": "Рассматривается"
      }
    },
    "columns": {
      "section": "Код страны",
      "country": "Страна",
      "group": "Ключ группы",
      "group_label": "Группа",
      "key": "Ключ показателя",
      "label": "Показатель",
      "current": "Этот период",
      "previous": "Предыдущий период",
      "change": "Изменение",
      "current_text": "Этот период, словами",
      "previous_text": "Предыдущий период, словами",
      "change_text": "Изменение, словами"
    },
    "leftOut": {
      "no_date": "Не учтены: дата неизвестна",
      "coarse_date": "Не учтены: дата слишком неточна для периода"
    },
    "peopleGroup": "Под стражей на конец периода (имена)"
  },
};
