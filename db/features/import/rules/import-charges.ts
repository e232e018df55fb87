// Charges written in a spreadsheet cell ("205.2 УК РФ; 280", "ст. 205.3, 223.1, 222.1 УК РФ",
// "Anti-state; False news", "Membership in a banned organisation", "Art. 318 (violence against an
// official)") read as charges. Pure. Parts and points ("ч. 2", "part 1") are kept out of the
// article number; the code named in the cell applies to every article in it. Words that name a
// charge become the charge's text, with a category where one fits; a charge in words is never
// refused: when no article is given its article is empty and the words are the charge.
import type { ChargeCategory } from '../../../../shared/vocabulary';

export interface ChargeReading {
  code: string;
  /** The article number; empty for a charge given in words only. */
  article: string;
  /** The charge in words as written ("False news"); left out when the cell gives numbers only. */
  text?: string;
  /** Left out when no category fits (stored as 'other'). */
  category?: ChargeCategory;
}

const CODE = /(?<![\p{L}])(УК|КоАП|UK|CC|KoAP)\s?(РФ|РК|КР|РТ|РУз|RF|RK|KR|RT|RUz|[A-ZА-Я]{2})?(?![\p{L}])/u;
const PARTS = /(ч\.|часть|части|п\.|пункт|part|para\.?)\s*\d+/giu;
const ARTICLE = /(?<![\d.])(\d{1,3}(?:\.\d{1,2})?)(?![\d])/gu;
// What is left of a cell once the numbers are out that still names no charge.
const NOISE = /(?<![\p{L}])(ст|стат(ья|ьи|ей|ье)|art|arts|article|articles|of|the|criminal|code|кодекс[а-я]*|уголовн[а-я]*|and|и|по|under)(?![\p{L}])/giu;

// Stems, folded (lower case, ё as е), first match wins: the narrower charge before the broader.
const CATEGORY_WORDS: readonly (readonly [ChargeCategory, readonly string[]])[] = [
  ['terrorism', ['terror', 'террор']],
  ['illegal_religious_activity', ['illegal religious', 'religious activit', 'missionary', 'незаконн религиоз', 'религиозн деятельност', 'миссионер']],
  ['false_information', ['false news', 'fake news', 'false information', 'disinformation', 'spreading false', 'rumour', 'rumor', 'фейк', 'ложн', 'дискредитац', 'discredit']],
  ['hooliganism', ['hooligan', 'хулиган']],
  ['insulting_officials', ['insult', 'defamation of the president', 'оскорбл']],
  ['mass_disorder', ['mass disorder', 'mass riot', 'riot', 'unrest', 'массов беспоряд', 'беспоряд', 'picking quarrels']],
  ['fraud_economic', ['fraud', 'embezzl', 'tax evasion', 'bribe', 'мошенн', 'растрат', 'уклонен от уплат', 'взятк']],
  ['drugs', ['drug', 'narcotic', 'наркот']],
  ['anti_state_extremism', [
    'anti state', 'anti-state', 'subversion', 'subvert', 'extremis', 'separatis', 'treason', 'espionage', 'spying', 'banned organi', 'prohibited organi',
    'illegal organi', 'undesirable organi', 'overthrow', 'state secrets', 'national security', 'state security', 'экстреми', 'сепарати', 'измен',
    'шпионаж', 'антигосударств', 'запрещенн организац', 'нежелательн организац', 'свержен', 'подрыв', 'госбезопасност',
  ]],
];

const fold = (s: string): string => s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');

/** The category words name, or null. Russian stems match word starts, so "запрещённой организации" fits "запрещенн организац". */
export function chargeCategory(text: string): ChargeCategory | null {
  const folded = fold(text);
  const words = folded.split(/[^\p{L}-]+/u);
  for (const [category, stems] of CATEGORY_WORDS) {
    for (const stem of stems) {
      const parts = stem.split(' ');
      if (parts.length === 1 ? folded.includes(stem) : stemsInOrder(words, parts)) return category;
    }
  }
  return null;
}

/** Every stem starts a word, in order, with at most two words between ("membership in a banned organisation"). */
function stemsInOrder(words: readonly string[], stems: readonly string[]): boolean {
  for (let i = 0; i < words.length; i += 1) {
    if (!(words[i] ?? '').startsWith(stems[0] ?? '')) continue;
    let at = i;
    const ok = stems.slice(1).every((stem) => {
      const next = words.findIndex((w, j) => j > at && j <= at + 3 && w.startsWith(stem));
      if (next < 0) return false;
      at = next;
      return true;
    });
    if (ok) return true;
  }
  return false;
}

/** The words of a part once numbers, codes and "ст." are out, or null when none are left. */
function wordsOf(part: string): string | null {
  const text = part
    .replace(new RegExp(CODE.source, 'gu'), ' ')
    .replace(PARTS, ' ')
    .replace(ARTICLE, ' ')
    .replace(NOISE, ' ')
    .replace(/\b\d{4}\b/g, ' ');
  if (!/\p{L}{2,}/u.test(text)) return null;
  // The words as written (the cell's own spelling and case), without the numbers' punctuation.
  return part
    .replace(ARTICLE, ' ')
    .replace(new RegExp(CODE.source, 'gu'), ' ')
    .replace(PARTS, ' ')
    // "(Art. 299)" once the number is out: an empty bracket.
    .replace(/\((?:[^()\p{L}]|art\.?|ст\.?|article|статья)*\)/giu, ' ')
    .replace(/^(?:\s|[.,;:()]|ст\.?|art\.?|article|статья|статьи)+|(?:\s|[.,;:()])+$/giu, '').replace(/\s+/g, ' ').trim() || null;
}

const withWords = (c: ChargeReading, text: string | null): ChargeReading => {
  if (text === null) return c;
  const category = chargeCategory(text);
  return { ...c, text, ...(category ? { category } : {}) };
};

/** Code and articles of a cell; the code falls back to the given one when the cell names none. */
export function readCharges(raw: string, fallbackCode: string): ChargeReading[] {
  const found = CODE.exec(raw);
  const code = found ? [found[1], found[2]].filter(Boolean).join(' ') : fallbackCode;
  const text = raw.replace(new RegExp(CODE.source, 'gu'), ' ').replace(PARTS, ' ').replace(/\b\d{4}\b/g, ' ');
  const seen = new Set<string>();
  const out: ChargeReading[] = [];
  for (const m of text.matchAll(ARTICLE)) {
    const article = m[1] ?? '';
    if (!article || seen.has(article)) continue;
    seen.add(article);
    out.push({ code, article });
  }
  // Words: one article and words → the words describe that article; else each part in words is a charge of its own.
  const parts = raw.split(/[;\n\r|]+|,(?!\s*\d)|\s\/\s/u).map((p) => p.trim()).filter(Boolean);
  const worded = parts.map((p) => ({ part: p, words: wordsOf(p), numbered: new RegExp(ARTICLE.source, 'u').test(p.replace(/\b\d{4}\b/g, ' ')) })).filter((p) => p.words !== null);
  if (worded.length === 0) return out;
  if (out.length === 1 && worded.length === 1) return [withWords(out[0] as ChargeReading, worded[0]?.words ?? null)];
  const free = worded.filter((p) => !p.numbered).map((p) => withWords({ code, article: '' }, p.words));
  const described = out.map((c) => {
    const own = worded.find((p) => p.numbered && new RegExp(`(?<![\\d.])${c.article.replace('.', '\\.')}(?![\\d])`, 'u').test(p.part));
    return own ? withWords(c, own.words) : c;
  });
  const texts = new Set<string>();
  return [...described, ...free].filter((c) => {
    const key = `${c.article}\u0000${(c.text ?? '').toLowerCase()}`;
    if (texts.has(key)) return false;
    texts.add(key);
    return true;
  });
}

/** What tells two charges of one episode apart: the code, the article and, for a charge in words, the words. */
export const chargeKey = (c: { code: string; article: string; text?: string | null }): string =>
  `${c.code}\u0000${c.article}${c.article === '' ? `\u0000${(c.text ?? '').toLowerCase()}` : ''}`;
