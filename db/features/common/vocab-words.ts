// The vocabulary's words (detention types, release reasons, advocacy types...) for documents the
// backend writes, in English and Russian: copies of the renderer's vocab.json, as db/ may not import
// the renderer; test/db/features/common/vocab-words.test.ts keeps them equal.
export type VocabLanguage = 'en' | 'ru';
export const VOCAB_GROUPS = ['sex', 'profession', 'confidentiality', 'channel', 'urgency', 'caseStatus', 'closingReason', 'detentionStatus', 'detentionType', 'releaseReason', 'chargeCategory', 'courtEventKind', 'sentenceType', 'sentenceChange', 'advocacyType', 'advocacyStatus', 'wgadCategory', 'wgadOutcome', 'caseEventKind', 'reviewVerdict', 'observationSource'] as const;
export type VocabGroup = (typeof VOCAB_GROUPS)[number];

export const VOCAB_WORDS: Record<VocabLanguage, Record<VocabGroup, Record<string, string>>> = {
  en: {
    sex: { male: "Male", female: "Female", other: "Other", unknown: "Unknown" },
    profession: { journalist: "Journalist", human_rights_defender: "Human-rights defender", lawyer: "Lawyer", opposition_politician: "Opposition politician", civic_activist: "Civic activist", religious_believer: "Religious believer", blogger: "Blogger", labour_activist: "Labour activist", student: "Student", ethnic_minority_activist: "Ethnic-minority activist", other: "Other" },
    confidentiality: { normal: "Normal", confidential: "Confidential" },
    channel: { family: "Family", lawyer: "Lawyer", partner_organisation: "Partner organisation", detainee: "Detainee", media: "Media", other: "Other" },
    urgency: { urgent: "Urgent", high: "High", normal: "Normal", low: "Low" },
    caseStatus: { active: "Active", monitoring: "Monitoring", closed: "Closed" },
    closingReason: { released: "Released", died: "Died", declined: "Declined", transferred: "Transferred" },
    detentionStatus: { detained: "Detained", released: "Released", not_detained: "Not detained" },
    detentionType: { pre_trial: "Pre-trial detention", administrative: "Administrative detention", house_arrest: "House arrest", prison_colony: "Prison colony", psychiatric: "Psychiatric detention", incommunicado: "Incommunicado or disappeared" },
    releaseReason: { sentence_served: "Sentence served", pardon: "Pardon", amnesty: "Amnesty", acquittal: "Acquittal", early_release: "Early release", exile_or_deportation: "Exile or deportation", death_in_custody: "Death in custody", disappeared: "Disappeared (whereabouts unknown)" },
    chargeCategory: { anti_state_extremism: "Anti-state or extremism", terrorism: "Terrorism", false_information: "False information", insulting_officials: "Insulting officials", mass_disorder: "Mass disorder", hooliganism: "Hooliganism", fraud_economic: "Fraud or economic", drugs: "Drugs", illegal_religious_activity: "Illegal religious activity", other: "Other" },
    courtEventKind: { pre_trial_hearing: "Pre-trial hearing", trial_hearing: "Trial hearing", verdict: "Verdict", appeal: "Appeal", cassation: "Cassation", supreme_court: "Supreme court" },
    sentenceType: { imprisonment: "Imprisonment", colony_regime: "Colony regime", restricted_freedom: "Restricted freedom or house arrest", suspended: "Suspended", fine: "Fine", compulsory_labour: "Compulsory labour", forced_psychiatric_treatment: "Forced psychiatric treatment" },
    sentenceChange: { appeal_reduced: "Reduced on appeal", amnesty: "Amnesty", pardon: "Pardon", commuted: "Commuted", overturned: "Overturned" },
    advocacyType: { wgad_petition: "WGAD petition", wgad_urgent_appeal: "WGAD urgent appeal", un_special_procedures: "UN Special Procedures communication", letter_to_government: "Letter to the detaining government", us_congress_or_government: "US Congress or government", diplomatic_meeting: "Embassy or diplomatic meeting", public_statement: "Public statement", media: "Media", social_media_campaign: "Social-media campaign", sanctions_submission: "Sanctions submission (Global Magnitsky, 7031(c))", congressional_adoption: "Congressional adoption", trial_monitoring: "Trial monitoring", family_support: "Family support", court_filing: "Court filing" },
    advocacyStatus: { planned: "Planned", in_progress: "In progress", submitted: "Submitted", awaiting_response: "Awaiting response", done: "Done" },
    wgadCategory: { I: "I — no legal basis", II: "II — exercise of protected rights", III: "III — fair-trial violations", IV: "IV — asylum seekers and migrants", V: "V — discrimination" },
    wgadOutcome: { arbitrary: "Arbitrary", not_arbitrary: "Not arbitrary", filed: "Filed", pending: "Pending" },
    caseEventKind: { transfer: "Transfer", visit: "Visit", health_report: "Health report", hunger_strike: "Hunger strike", ill_treatment_allegation: "Torture or ill-treatment allegation", family_contact: "Family contact", status_change: "Status change", note: "Note" },
    reviewVerdict: { signed_off: "Signed off", changes_requested: "Changes requested" },
    observationSource: { import: "Imported list", visit: "Prison visit", court_hearing: "Court hearing", report: "Report", other: "Other" },
  },
  ru: {
    sex: { male: "Мужской", female: "Женский", other: "Другой", unknown: "Неизвестно" },
    profession: { journalist: "Журналист", human_rights_defender: "Правозащитник", lawyer: "Адвокат", opposition_politician: "Оппозиционный политик", civic_activist: "Гражданский активист", religious_believer: "Верующий", blogger: "Блогер", labour_activist: "Профсоюзный активист", student: "Студент", ethnic_minority_activist: "Активист этнического меньшинства", other: "Другое" },
    confidentiality: { normal: "Обычный", confidential: "Конфиденциально" },
    channel: { family: "Семья", lawyer: "Адвокат", partner_organisation: "Партнёрская организация", detainee: "Задержанный", media: "СМИ", other: "Другое" },
    urgency: { urgent: "Срочно", high: "Высокая", normal: "Обычная", low: "Низкая" },
    caseStatus: { active: "Активное", monitoring: "Мониторинг", closed: "Закрыто" },
    closingReason: { released: "Освобождён", died: "Умер", declined: "Отказ", transferred: "Передано" },
    detentionStatus: { detained: "Под стражей", released: "Освобождён", not_detained: "Не задержан" },
    detentionType: { pre_trial: "Досудебное содержание", administrative: "Административный арест", house_arrest: "Домашний арест", prison_colony: "Исправительная колония", psychiatric: "Психиатрическое учреждение", incommunicado: "Без связи или исчезновение" },
    releaseReason: { sentence_served: "Срок отбыт", pardon: "Помилование", amnesty: "Амнистия", acquittal: "Оправдание", early_release: "Досрочное освобождение", exile_or_deportation: "Высылка или депортация", death_in_custody: "Смерть под стражей", disappeared: "Исчезновение (местонахождение неизвестно)" },
    chargeCategory: { anti_state_extremism: "Антигосударственные или экстремизм", terrorism: "Терроризм", false_information: "Ложная информация", insulting_officials: "Оскорбление должностных лиц", mass_disorder: "Массовые беспорядки", hooliganism: "Хулиганство", fraud_economic: "Мошенничество или экономические", drugs: "Наркотики", illegal_religious_activity: "Незаконная религиозная деятельность", other: "Другое" },
    courtEventKind: { pre_trial_hearing: "Предварительное слушание", trial_hearing: "Судебное заседание", verdict: "Приговор", appeal: "Апелляция", cassation: "Кассация", supreme_court: "Верховный суд" },
    sentenceType: { imprisonment: "Лишение свободы", colony_regime: "Режим колонии", restricted_freedom: "Ограничение свободы или домашний арест", suspended: "Условный срок", fine: "Штраф", compulsory_labour: "Обязательные работы", forced_psychiatric_treatment: "Принудительное психиатрическое лечение" },
    sentenceChange: { appeal_reduced: "Снижен в апелляции", amnesty: "Амнистия", pardon: "Помилование", commuted: "Смягчён", overturned: "Отменён" },
    advocacyType: { wgad_petition: "Жалоба в РГПЗ ООН", wgad_urgent_appeal: "Срочное обращение в РГПЗ", un_special_procedures: "Сообщение специальным процедурам ООН", letter_to_government: "Письмо правительству страны", us_congress_or_government: "Конгресс или правительство США", diplomatic_meeting: "Встреча с посольством или дипломатами", public_statement: "Публичное заявление", media: "СМИ", social_media_campaign: "Кампания в соцсетях", sanctions_submission: "Санкционное представление (Глобальный закон Магнитского, 7031(c))", congressional_adoption: "Шефство конгрессмена", trial_monitoring: "Мониторинг суда", family_support: "Поддержка семьи", court_filing: "Обращение в суд" },
    advocacyStatus: { planned: "Запланировано", in_progress: "В работе", submitted: "Подано", awaiting_response: "Ожидает ответа", done: "Завершено" },
    wgadCategory: { I: "I — нет правовых оснований", II: "II — осуществление защищённых прав", III: "III — нарушения права на справедливый суд", IV: "IV — просители убежища и мигранты", V: "V — дискриминация" },
    wgadOutcome: { arbitrary: "Произвольное", not_arbitrary: "Не произвольное", filed: "Прекращено", pending: "Рассматривается" },
    caseEventKind: { transfer: "Перевод", visit: "Посещение", health_report: "Состояние здоровья", hunger_strike: "Голодовка", ill_treatment_allegation: "Заявление о пытках или жестоком обращении", family_contact: "Связь с семьёй", status_change: "Изменение статуса", note: "Заметка" },
    reviewVerdict: { signed_off: "Одобрено", changes_requested: "Нужны исправления" },
    observationSource: { import: "Импортированный список", visit: "Посещение в месте заключения", court_hearing: "Судебное заседание", report: "Сообщение", other: "Другое" },
  },
};

/** A vocabulary key in words; an unknown key (a newer vocabulary) as itself. */
export function vocabWord(language: VocabLanguage, group: VocabGroup, key: string): string {
  return VOCAB_WORDS[language][group][key] ?? key;
}
