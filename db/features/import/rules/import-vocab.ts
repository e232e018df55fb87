// Spreadsheet words for Habeas's controlled vocabularies (sex, professions, detention types, case
// status, confidentiality), in English and Russian, and the splitting of cells that hold several
// values. Pure. Conservative on purpose: a word not listed stays unrecognised and the user decides
// in the value review; a wrong guess would be stored silently.
import type { CaseStatus, Confidentiality, DetentionType, Profession, Sex } from '../../../../shared/vocabulary';

/** Lower case, ё as е, runs of spaces, dashes and underscores as one space, outer punctuation dropped. */
export function foldWord(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s_\-–—]+/gu, ' ')
    .replace(/^[\s.,;:!?"'«»()]+|[\s.,;:!?"'«»()]+$/gu, '');
}

function table<T extends string>(entries: Readonly<Record<T, readonly string[]>>): ReadonlyMap<string, T> {
  const out = new Map<string, T>();
  for (const [value, words] of Object.entries(entries) as [T, readonly string[]][]) {
    out.set(foldWord(value), value);
    for (const w of words) out.set(foldWord(w), value);
  }
  return out;
}

const SEX = table<Sex>({
  male: ['m', 'man', 'men', 'м', 'муж', 'муж.', 'мужской', 'мужчина', '男'],
  female: ['f', 'w', 'woman', 'women', 'ж', 'жен', 'жен.', 'женский', 'женщина', '女'],
  other: ['другой', 'иное', 'non binary', 'nonbinary'],
  unknown: ['?', 'неизвестно', 'не известно', 'n/a', 'na'],
});

const PROFESSION = table<Profession>({
  journalist: ['journalists', 'reporter', 'журналист', 'журналистка', 'журналистика'],
  human_rights_defender: ['human rights defender', 'hrd', 'human rights activist', 'правозащитник', 'правозащитница'],
  lawyer: ['attorney', 'advocate', 'адвокат', 'юрист'],
  opposition_politician: ['opposition politician', 'politician', 'opposition', 'оппозиционер', 'оппозиционный политик', 'политик'],
  civic_activist: ['civic activist', 'activist', 'civil activist', 'активист', 'активистка', 'гражданский активист'],
  religious_believer: ['religious believer', 'believer', 'religious', 'верующий', 'верующая', 'религиозный'],
  blogger: ['blogger', 'блогер', 'блоггер', 'блогерка'],
  labour_activist: ['labour activist', 'labor activist', 'trade unionist', 'unionist', 'профсоюзный активист', 'профсоюз'],
  student: ['студент', 'студентка', 'pupil', 'школьник', 'школьница'],
  ethnic_minority_activist: ['ethnic minority activist', 'minority activist', 'активист нацменьшинства'],
  other: ['другое', 'иное'],
});

const DETENTION_TYPE = table<DetentionType>({
  pre_trial: ['pre trial', 'pretrial', 'pre trial detention', 'remand', 'sizo', 'сизо', 'под стражей', 'заключение под стражу', 'содержание под стражей'],
  administrative: ['administrative arrest', 'админ арест', 'административный арест', 'административный'],
  house_arrest: ['house arrest', 'домашний арест', 'под домашним арестом'],
  prison_colony: ['prison colony', 'colony', 'prison', 'penal colony', 'колония', 'исправительная колония', 'тюрьма'],
  psychiatric: ['psychiatric hospital', 'psychiatric', 'психиатрическая больница', 'принудительное лечение', 'психбольница'],
  incommunicado: ['disappeared', 'enforced disappearance', 'incommunicado detention', 'исчез', 'насильственное исчезновение', 'без связи'],
});

const CASE_STATUS = table<CaseStatus>({
  active: ['open', 'ongoing', 'активное', 'активен', 'открыто', 'в работе'],
  monitoring: ['monitor', 'watch', 'мониторинг', 'наблюдение'],
  closed: ['done', 'закрыто', 'закрыт', 'завершено'],
});

const CONFIDENTIALITY = table<Confidentiality>({
  normal: ['public', 'no', 'false', 'open', 'обычный', 'публичный', 'нет'],
  confidential: ['yes', 'true', 'secret', 'private', 'restricted', 'конфиденциально', 'конфиденциальный', 'да', 'секретно'],
});

export type VocabularyField = 'sex' | 'professions' | 'detentionType' | 'caseStatus' | 'confidentiality';

const VOCABULARIES: Readonly<Record<VocabularyField, ReadonlyMap<string, string>>> = {
  sex: SEX,
  professions: PROFESSION,
  detentionType: DETENTION_TYPE,
  caseStatus: CASE_STATUS,
  confidentiality: CONFIDENTIALITY,
};

/** The stored vocabulary value a word means, or null. */
export function vocabularyValue(field: VocabularyField, raw: string): string | null {
  return VOCABULARIES[field].get(foldWord(raw)) ?? null;
}

/** The stored values of the vocabulary, to check a user's override. */
export function isVocabularyValue(field: VocabularyField, value: string): boolean {
  return [...VOCABULARIES[field].values()].includes(value);
}

/**
 * The values of a cell that may hold several: split on ; | newline, and on , or / unless the cell
 * is one value that contains them ("205.2, ч. 1" stays whole only when asked: see splitCharges).
 */
export function splitCell(raw: string): string[] {
  return raw
    .split(/[;|\n\r]+|,(?!\d)|\s\/\s|\//u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
