// Phrases for synthetic referrals, notes and advocacy, written the way caseworkers write them:
// short, factual, in Russian or English. Entries are 'Russian|English'; {city} and {name} are filled in.
import type { AdvocacyType, CaseEventKind, Profession } from '../../../shared/vocabulary';
import type { Random } from './seed-random';
import { say } from './seed-places';

export const REFERRAL_SUMMARIES: Record<Profession, readonly string[]> = {
  journalist: ['Задержан после публикации расследования о коррупции в акимате, г. {city}.|Detained after publishing an investigation into corruption in the {city} administration.', 'Редактор независимого сайта; обыск в редакции, изъята техника.|Editor of an independent news site; newsroom searched and equipment seized.'],
  human_rights_defender: ['Документировал пытки в СИЗО г. {city}; задержан на выходе из суда.|Documented torture in the {city} pre-trial centre; detained outside the courthouse.', 'Правозащитник, собирал данные о задержанных после протестов.|Human-rights defender who collected data on people detained after the protests.'],
  lawyer: ['Адвокат, защищал обвиняемых по «экстремистским» делам; лишён лицензии, затем арестован.|Lawyer for defendants in “extremism” cases; disbarred and then arrested.'],
  opposition_politician: ['Член незарегистрированной оппозиционной партии; арестован накануне выборов.|Member of an unregistered opposition party; arrested on the eve of the elections.', 'Бывший депутат, открыто критиковал президента.|Former MP who openly criticised the president.'],
  civic_activist: ['Организовал мирный пикет в г. {city} против повышения цен на газ.|Organised a peaceful picket in {city} against the rise in gas prices.', 'Активист, призывал к мирному митингу в соцсетях.|Activist who called for a peaceful rally on social media.'],
  religious_believer: ['Верующий, проводил встречи по изучению Корана дома; обвинён в участии в запрещённой организации.|Believer who held Quran study meetings at home; charged with membership of a banned organisation.', 'Свидетель Иеговы; обыск, изъята литература.|Jehovah’s Witness; home searched and literature seized.'],
  blogger: ['Блогер, видео о коррупции полиции набрали сотни тысяч просмотров.|Blogger whose videos on police corruption reached hundreds of thousands of views.', 'Автор Telegram-канала о местных властях г. {city}.|Author of a Telegram channel about the {city} authorities.'],
  labour_activist: ['Профсоюзный лидер нефтяников; задержан после забастовки.|Oil workers’ union leader; detained after a strike.'],
  student: ['Студент, задержан за репост в соцсетях.|Student detained for a repost on social media.'],
  ethnic_minority_activist: ['Активист этнического меньшинства; выступал за обучение на родном языке.|Minority-rights activist who campaigned for mother-tongue schooling.'],
  other: ['Родственник эмигрировавшего оппозиционера; задержан, по-видимому, как заложник.|Relative of an exiled opposition figure, apparently detained as a hostage.'],
};

export const DECLINE_REASONS = ['Нет признаков политической мотивации.|No sign of political motivation.', 'Вне мандата организации.|Outside the organisation’s mandate.', 'Семья отказалась от сотрудничества.|The family withdrew its cooperation.'];
export const REFERRED_ELSEWHERE = ['Передано партнёрской организации в регионе.|Passed to a partner organisation in the region.', 'Передано организации, занимающейся делами мигрантов.|Passed to an organisation that works on migrants’ cases.'];
export const SOURCE_DESCRIPTIONS = ['Сообщение через защищённый мессенджер|Message through a secure messenger', 'Звонок от знакомого семьи|Call from a family friend', 'Публикация в местных СМИ|Report in local media'];
export const RELATIONS = ['мать|mother', 'отец|father', 'жена|wife', 'муж|husband', 'брат|brother', 'сестра|sister', 'адвокат|lawyer', 'коллега|colleague'];
export const ORGANISATIONS = ['Независимая газета «Голос»|Independent newspaper “Golos”', 'Бюро по правам человека|Human Rights Bureau', 'Оппозиционное движение «Выбор»|“Choice” opposition movement', 'Профсоюз нефтяников|Oil workers’ union', 'Радио Свобода (внештатно)|Radio Liberty (freelance)', 'Молодёжная инициатива «Шаг»|“Step” youth initiative'];

export const COURT_OUTCOMES = {
  preTrial: ['Мера пресечения продлена на 2 месяца|Pre-trial detention extended by 2 months', 'Ходатайство защиты отклонено|Defence motion rejected'],
  hearing: ['Заседание отложено|Hearing adjourned', 'Допрошены свидетели обвинения|Prosecution witnesses heard', 'Заседание закрыто для публики|Hearing closed to the public'],
  verdict: ['Признан виновным|Found guilty'],
  acquittal: ['Оправдан|Acquitted'],
  appealUpheld: ['Приговор оставлен без изменения|Sentence upheld'],
  appealReduced: ['Срок снижен|Sentence reduced'],
} as const;

export const CASE_EVENTS: Record<Exclude<CaseEventKind, 'status_change'>, readonly string[]> = {
  transfer: ['Этапирован в другое учреждение|Transferred to another facility', 'Переведён в ШИЗО|Moved to a punishment cell'],
  visit: ['Свидание с адвокатом|Lawyer visit', 'Краткосрочное свидание с семьёй|Short family visit'],
  health_report: ['Жалобы на здоровье, медпомощь не оказана|Health complaints, no medical care given', 'Резкая потеря веса|Sharp weight loss'],
  hunger_strike: ['Объявил голодовку|Began a hunger strike'],
  ill_treatment_allegation: ['Сообщение об избиении сотрудниками|Report of beating by guards', 'Давление с целью получить признание|Pressure to extract a confession'],
  family_contact: ['Звонок семье|Phone call with family', 'Письмо от семьи получено|Letter from family received'],
  note: ['Заметка по делу|Case note', 'Разговор с источником|Conversation with source'],
};

export const EVENT_BODIES = [
  'По словам родственников, передачи принимают с задержками.|Relatives say parcels are accepted only after delays.',
  'Адвокат не допущен в учреждение второй раз за месяц.|The lawyer was refused entry for the second time this month.',
  'Нужна подтверждённая информация о состоянии здоровья.|Confirmed information on health is needed.',
  'Источник просит не упоминать его в публичных заявлениях.|The source asks not to be named in public statements.',
];

export const ADVOCACY_TARGETS: Partial<Record<AdvocacyType, readonly string[]>> = {
  wgad_petition: ['Рабочая группа ООН по произвольным задержаниям|UN Working Group on Arbitrary Detention'],
  wgad_urgent_appeal: ['Рабочая группа ООН по произвольным задержаниям|UN Working Group on Arbitrary Detention'],
  un_special_procedures: ['Спецдокладчик ООН по правозащитникам|UN Special Rapporteur on human rights defenders', 'Спецдокладчик ООН по пыткам|UN Special Rapporteur on torture'],
  letter_to_government: ['Генеральная прокуратура|Prosecutor General’s Office', 'Администрация президента|Presidential Administration'],
  us_congress_or_government: ['Комиссия Тома Лантоса|Tom Lantos Human Rights Commission', 'Госдепартамент США|US Department of State'],
  diplomatic_meeting: ['Посольство Германии|German Embassy', 'Делегация ЕС|EU Delegation', 'Посольство Великобритании|British Embassy'],
  sanctions_submission: ['Минфин США (OFAC)|US Treasury (OFAC)', 'Госдепартамент США (7031(c))|US State Department (7031(c))'],
  congressional_adoption: ['Комиссия Тома Лантоса|Tom Lantos Human Rights Commission'],
  court_filing: ['Верховный суд|Supreme Court'],
};

export const ADVOCACY_OUTCOMES = ['Ответ не получен|No reply', 'Получен формальный ответ|Formal reply received', 'Вопрос поднят на встрече|Raised at a meeting', 'Заявление опубликовано|Statement published'];

export function fill(template: string, english: boolean, city: string): string {
  return say(template, english).replace('{city}', say(city, english));
}

export function phrase(rng: Random, list: readonly string[], english: boolean): string {
  return say(rng.pick(list), english);
}
