// Per-country material for synthetic cases: how often a country appears, its cities, detaining
// authorities, criminal code and the articles typically used against political prisoners there.
// Texts are 'Russian|English'; a case is written in one language, as caseworkers do. The articles
// are the ones commonly reported, but the data built from them is synthetic: never cite it.
import type { ChargeCategory } from '../../../shared/vocabulary';

export interface ChargeTemplate {
  article: string;
  text: string;
  category: ChargeCategory;
  weight: number;
}

export interface CountryProfile {
  code: string;
  /** Share of cases, in percent; the five Central Asian states make up 70. */
  weight: number;
  criminalCode: string;
  cities: readonly string[];
  authorities: readonly string[];
  /** Named places of detention besides the generic pre-trial centres and colonies. */
  facilities: readonly string[];
  charges: readonly ChargeTemplate[];
  /** The administrative offence used for short arrests after protests. */
  assemblyOffence: { code: string; article: string };
  /** Chance that a case from this country is written up in English rather than Russian. */
  english: number;
}

const c = (article: string, text: string, category: ChargeCategory, weight = 1): ChargeTemplate => ({ article, text, category, weight });

const FRAUD = 'Мошенничество|Fraud';
const HOOLIGANISM = 'Хулиганство|Hooliganism';
const RIOTS = 'Массовые беспорядки|Mass riots';
const INSULT_OFFICIAL = 'Оскорбление представителя власти|Insulting a representative of the authorities';
const DRUGS = 'Незаконный оборот наркотических средств|Illegal drug trafficking';

export const COUNTRY_PROFILES: readonly CountryProfile[] = [
  {
    code: 'KZ', assemblyOffence: { code: 'КоАП РК', article: '488' }, weight: 17, criminalCode: 'УК РК', english: 0.4,
    cities: ['Алматы|Almaty', 'Астана|Astana', 'Шымкент|Shymkent', 'Актау|Aktau', 'Жанаозен|Zhanaozen', 'Караганда|Karaganda'],
    authorities: ['КНБ РК|National Security Committee (KNB)', 'Полиция (МВД)|Police (Interior Ministry)', 'Антикоррупционная служба|Anti-Corruption Agency'],
    facilities: ['Учреждение ЛА-155/18 (Алматы)|Institution LA-155/18 (Almaty)', 'Учреждение ЕЦ-166/7 (Аркалык)|Institution EC-166/7 (Arkalyk)', 'Учреждение АК-159/21 (Заречный)|Institution AK-159/21 (Zarechny)'],
    charges: [
      c('174', 'Возбуждение социальной, национальной, родовой, расовой, сословной или религиозной розни|Inciting social, national, clan, racial, class or religious discord', 'anti_state_extremism', 5),
      c('405', 'Участие в деятельности запрещённой экстремистской организации|Participation in the activities of a banned extremist organisation', 'anti_state_extremism', 3),
      c('274', 'Распространение заведомо ложной информации|Dissemination of knowingly false information', 'false_information', 3),
      c('272', RIOTS, 'mass_disorder', 2),
      c('256', 'Пропаганда терроризма или публичные призывы к совершению акта терроризма|Propaganda of terrorism or public calls to commit terrorism', 'terrorism'),
      c('378', INSULT_OFFICIAL, 'insulting_officials'),
      c('293', HOOLIGANISM, 'hooliganism'),
      c('190', FRAUD, 'fraud_economic'),
      c('180', 'Сепаратизм|Separatism', 'anti_state_extremism'),
    ],
  },
  {
    code: 'KG', assemblyOffence: { code: 'КоП КР', article: '65' }, weight: 12, criminalCode: 'УК КР', english: 0.4,
    cities: ['Бишкек|Bishkek', 'Ош|Osh', 'Джалал-Абад|Jalal-Abad', 'Каракол|Karakol'],
    authorities: ['ГКНБ|State Committee for National Security (GKNB)', 'МВД|Interior Ministry'],
    facilities: ['СИЗО-1 ГСИН (Бишкек)|Pre-trial centre No. 1 (Bishkek)', 'Исправительная колония № 47|Penal colony No. 47'],
    charges: [
      c('327', 'Призывы к насильственному захвату власти|Calls for the violent seizure of power', 'anti_state_extremism', 4),
      c('330', 'Возбуждение расовой, этнической, национальной, религиозной или межрегиональной вражды|Inciting racial, ethnic, national, religious or inter-regional hatred', 'anti_state_extremism', 3),
      c('278', RIOTS, 'mass_disorder', 3),
      c('326', 'Насильственный захват власти|Violent seizure of power', 'anti_state_extremism'),
      c('209', FRAUD, 'fraud_economic'),
      c('283', HOOLIGANISM, 'hooliganism'),
    ],
  },
  {
    code: 'TJ', assemblyOffence: { code: 'КоАП РТ', article: '460' }, weight: 15, criminalCode: 'УК РТ', english: 0.4,
    cities: ['Душанбе|Dushanbe', 'Худжанд|Khujand', 'Хорог|Khorog', 'Куляб|Kulob'],
    authorities: ['ГКНБ|State Committee for National Security (GKNB)', 'МВД|Interior Ministry', 'Генеральная прокуратура|Prosecutor General’s Office'],
    facilities: ['Колония № 3/1 (Душанбе)|Colony No. 3/1 (Dushanbe)', 'Колония строгого режима (Вахдат)|High-security colony (Vahdat)', 'Колония № 3/6 (Худжанд)|Colony No. 3/6 (Khujand)'],
    charges: [
      c('307', 'Публичные призывы к осуществлению экстремистской деятельности|Public calls for extremist activity', 'anti_state_extremism', 4),
      c('307.2', 'Организация экстремистского сообщества|Organising an extremist community', 'anti_state_extremism', 3),
      c('307.3', 'Организация деятельности экстремистской организации|Organising the activities of an extremist organisation', 'anti_state_extremism', 2),
      c('189', 'Возбуждение национальной, расовой, местнической или религиозной вражды|Inciting national, racial, regional or religious hatred', 'anti_state_extremism', 3),
      c('137', 'Публичное оскорбление или клевета в отношении Президента|Public insult or defamation of the President', 'insulting_officials'),
      c('330', INSULT_OFFICIAL, 'insulting_officials'),
      c('247', FRAUD, 'fraud_economic'),
      c('237', HOOLIGANISM, 'hooliganism'),
    ],
  },
  {
    code: 'TM', assemblyOffence: { code: 'КоАП Туркменистана', article: '64' }, weight: 8, criminalCode: 'УК Туркменистана', english: 0.5,
    cities: ['Ашхабад|Ashgabat', 'Туркменабат|Turkmenabat', 'Дашогуз|Dashoguz', 'Мары|Mary'],
    authorities: ['МНБ|Ministry of National Security (MNB)', 'МВД|Interior Ministry'],
    facilities: ['Тюрьма Овадан-Депе|Ovadan-Depe prison', 'Колония LB-K/11 (Сейди)|Colony LB-K/11 (Seydi)', 'Колония AH-T/2 (Теджен)|Colony AH-T/2 (Tejen)'],
    charges: [
      c('177', 'Возбуждение социальной, национальной или религиозной вражды|Inciting social, national or religious hatred', 'anti_state_extremism', 3),
      c('174', 'Посягательство на конституционный строй|Attack on the constitutional order', 'anti_state_extremism', 2),
      c('223', 'Незаконная религиозная деятельность|Illegal religious activity', 'illegal_religious_activity', 2),
      c('279', HOOLIGANISM, 'hooliganism', 2),
      c('228', FRAUD, 'fraud_economic', 2),
      c('292', DRUGS, 'drugs', 2),
    ],
  },
  {
    code: 'UZ', assemblyOffence: { code: 'КоАП РУз', article: '201' }, weight: 18, criminalCode: 'УК РУз', english: 0.4,
    cities: ['Ташкент|Tashkent', 'Нукус|Nukus', 'Самарканд|Samarkand', 'Андижан|Andijan', 'Фергана|Fergana', 'Наманган|Namangan'],
    authorities: ['СГБ|State Security Service (SGB)', 'МВД|Interior Ministry'],
    facilities: ['Колония 64/71 (Жаслык)|Colony 64/71 (Jaslyk)', 'Колония 64/29 (Навои)|Colony 64/29 (Navoi)', 'Таштюрьма|Tashkent prison'],
    charges: [
      c('159', 'Посягательство на конституционный строй Республики Узбекистан|Attack on the constitutional order of the Republic of Uzbekistan', 'anti_state_extremism', 4),
      c('244-1', 'Изготовление или распространение материалов, содержащих угрозу общественной безопасности|Producing or distributing materials threatening public security', 'anti_state_extremism', 4),
      c('244-2', 'Участие в религиозных экстремистских или иных запрещённых организациях|Participating in religious extremist or other banned organisations', 'illegal_religious_activity', 3),
      c('216', 'Незаконная организация общественных объединений или религиозных организаций|Illegally organising public associations or religious organisations', 'illegal_religious_activity', 2),
      c('158', 'Оскорбление или клевета в отношении Президента|Insult or defamation of the President', 'insulting_officials'),
      c('139', 'Клевета|Defamation', 'false_information'),
      c('168', FRAUD, 'fraud_economic', 2),
      c('277', HOOLIGANISM, 'hooliganism'),
      c('273', DRUGS, 'drugs'),
    ],
  },
  {
    code: 'RU', assemblyOffence: { code: 'КоАП РФ', article: '20.2' }, weight: 12, criminalCode: 'УК РФ', english: 0.3,
    cities: ['Москва|Moscow', 'Санкт-Петербург|St Petersburg', 'Казань|Kazan', 'Уфа|Ufa', 'Екатеринбург|Yekaterinburg', 'Новосибирск|Novosibirsk'],
    authorities: ['ФСБ|Federal Security Service (FSB)', 'Центр «Э»|Centre E (anti-extremism police)', 'Следственный комитет|Investigative Committee'],
    facilities: ['СИЗО-1 «Матросская тишина» (Москва)|Pre-trial centre No. 1 “Matrosskaya Tishina” (Moscow)', 'ИК-6 (Мелехово)|Penal colony No. 6 (Melekhovo)', 'ИК-2 (Покров)|Penal colony No. 2 (Pokrov)'],
    charges: [
      c('205.2', 'Публичные призывы к террористической деятельности или оправдание терроризма|Public calls for terrorist activity or justification of terrorism', 'terrorism', 4),
      c('280', 'Публичные призывы к экстремистской деятельности|Public calls for extremist activity', 'anti_state_extremism', 2),
      c('280.3', 'Дискредитация Вооружённых сил|Discrediting the armed forces', 'false_information', 3),
      c('207.3', 'Распространение заведомо ложной информации об использовании Вооружённых сил|Knowingly false information about the use of the armed forces', 'false_information', 3),
      c('282.2', 'Организация деятельности экстремистской организации|Organising the activities of an extremist organisation', 'illegal_religious_activity', 3),
      c('275', 'Государственная измена|High treason', 'anti_state_extremism', 2),
      c('212', RIOTS, 'mass_disorder'),
      c('318', 'Применение насилия в отношении представителя власти|Violence against a representative of the authorities', 'other'),
      c('319', INSULT_OFFICIAL, 'insulting_officials'),
      c('159', FRAUD, 'fraud_economic'),
      c('228', 'Незаконные приобретение и хранение наркотических средств|Illegal acquisition and possession of narcotics', 'drugs'),
    ],
  },
  {
    code: 'BY', assemblyOffence: { code: 'КоАП РБ', article: '24.23' }, weight: 7, criminalCode: 'УК РБ', english: 0.4,
    cities: ['Минск|Minsk', 'Гомель|Homiel', 'Гродно|Hrodna', 'Брест|Brest', 'Витебск|Viciebsk'],
    authorities: ['КГБ|State Security Committee (KGB)', 'ГУБОПиК|GUBOPiK (organised crime directorate)'],
    facilities: ['СИЗО-1 на Володарского (Минск)|Pre-trial centre No. 1, Valadarskaha St (Minsk)', 'ИК-3 (Витьба)|Penal colony No. 3 (Vitsba)', 'Тюрьма № 8 (Жодино)|Prison No. 8 (Zhodzina)'],
    charges: [
      c('342', 'Организация и подготовка действий, грубо нарушающих общественный порядок|Organising actions grossly violating public order', 'mass_disorder', 5),
      c('293', RIOTS, 'mass_disorder', 2),
      c('361-1', 'Создание экстремистского формирования или участие в нём|Creating or taking part in an extremist formation', 'anti_state_extremism', 3),
      c('130', 'Разжигание расовой, национальной, религиозной либо иной социальной вражды|Inciting racial, national, religious or other social hostility', 'anti_state_extremism', 2),
      c('368', 'Оскорбление Президента Республики Беларусь|Insulting the President of the Republic of Belarus', 'insulting_officials', 2),
      c('369', INSULT_OFFICIAL, 'insulting_officials', 2),
      c('364', 'Насилие либо угроза насилием в отношении сотрудника милиции|Violence or threat of violence against a police officer', 'other'),
    ],
  },
  {
    code: 'AZ', assemblyOffence: { code: 'КоАП АР', article: '513' }, weight: 5, criminalCode: 'УК АР', english: 0.6,
    cities: ['Баку|Baku', 'Гянджа|Ganja', 'Сумгаит|Sumgait'],
    authorities: ['Служба государственной безопасности|State Security Service', 'Главное управление полиции Баку|Baku City Police'],
    facilities: ['Бакинский следственный изолятор (Кюрдаханы)|Baku pre-trial centre (Kurdakhani)', 'Исправительное учреждение № 13|Penitentiary institution No. 13'],
    charges: [
      c('206.3.2', 'Контрабанда, совершённая группой лиц по предварительному сговору|Smuggling by a group acting in concert', 'fraud_economic', 4),
      c('192.3.2', 'Незаконное предпринимательство|Illegal entrepreneurship', 'fraud_economic', 2),
      c('193-1.3.1', 'Легализация имущества, полученного преступным путём|Money laundering', 'fraud_economic', 2),
      c('213.2.2', 'Уклонение от уплаты налогов|Tax evasion', 'fraud_economic'),
      c('234.4.3', 'Незаконный оборот наркотических средств в целях сбыта|Drug trafficking for sale', 'drugs', 2),
      c('221.3', HOOLIGANISM, 'hooliganism'),
      c('281', 'Публичные призывы против государства|Public calls against the state', 'anti_state_extremism'),
    ],
  },
  {
    code: 'CN', assemblyOffence: { code: 'Public Security Administration Punishment Law', article: '23' }, weight: 4, criminalCode: 'Criminal Law of the PRC', english: 0.9,
    cities: ['Урумчи|Urumqi', 'Кашгар|Kashgar', 'Кульджа|Ghulja', 'Хотан|Hotan'],
    authorities: ['Министерство госбезопасности|Ministry of State Security', 'Бюро общественной безопасности|Public Security Bureau'],
    facilities: ['Тюрьма № 1 Синьцзяна|Xinjiang No. 1 Prison', 'Центр «профессионального обучения»|“Vocational training” centre'],
    charges: [
      c('105', 'Подстрекательство к подрыву государственной власти|Inciting subversion of state power', 'anti_state_extremism', 3),
      c('103', 'Раскол государства|Splitting the state', 'anti_state_extremism', 2),
      c('120-3', 'Пропаганда терроризма и экстремизма|Advocating terrorism and extremism', 'terrorism', 3),
      c('293', 'Провоцирование ссор и беспорядков|Picking quarrels and provoking trouble', 'mass_disorder', 3),
      c('300', 'Использование культа для подрыва исполнения закона|Using a cult to undermine the law', 'illegal_religious_activity'),
    ],
  },
  {
    code: 'TR', assemblyOffence: { code: 'Law No. 2911', article: '32' }, weight: 2, criminalCode: 'TCK', english: 0.9,
    cities: ['Стамбул|Istanbul', 'Анкара|Ankara'],
    authorities: ['Полиция|Police', 'Миграционная служба|Migration Directorate'],
    facilities: ['Центр депортации (Стамбул)|Removal centre (Istanbul)', 'Тюрьма Силиври|Silivri prison'],
    charges: [
      c('314', 'Членство в вооружённой организации|Membership of an armed organisation', 'terrorism', 3),
      c('299', 'Оскорбление Президента|Insulting the President', 'insulting_officials'),
      c('220', 'Создание организации для совершения преступлений|Forming an organisation to commit crimes', 'other'),
    ],
  },
];

export const COUNTRY_WEIGHTS: readonly (readonly [CountryProfile, number])[] = COUNTRY_PROFILES.map((p) => [p, p.weight] as const);

/** Picks the Russian or English half of a 'Russian|English' text. */
export function say(text: string, english: boolean): string {
  const [ru, en] = text.split('|');
  return (english ? en : ru) ?? text;
}
