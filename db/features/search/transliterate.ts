// Search keys for names across scripts and transliteration systems. One key per word: Cyrillic is
// written in Latin letters with one canonical scheme, then every Latin spelling is folded so that
// Ильяшев, Ilyashev, Iliashev and Il'yashev, or Кабиров and Kabirov, give the same key. Pure.
//
// Rules, in order (kept conservative: each merges spellings of one sound, never two different sounds):
//  1. Lower case (NFC); apostrophes, ʻ ʼ ’ ` ´ ʿ ʾ and the soft/hard signs ь ъ are dropped: Il'yashev = Ilyashev,
//     Uzbek o' g' = o g.
//  2. Cyrillic → Latin (Russian, plus Kazakh/Uzbek/Kyrgyz/Tajik letters): ж zh, х kh, ц ts, ч ch, ш sh,
//     щ shch, ы y, й y, ю yu, я ya, ё e (Russian text writes ё as е), қ q, ғ g, ң ng, ә a, ө o, ү ұ u,
//     ў o (Uzbek: ў is o'), ҳ һ h, ҷ j, і i.
//  3. Latin letters with marks, two ways, each word keeping both keys (a query matches if any of its
//     keys matches): as sounds, ş š ș sh, ç č ch, ž zh, ñ ng, ə a (Şukurov = Shukurov), and as the
//     same letters without their marks, ş s, ç c, ž z, ñ n, ə e (Taşkın = Taskin), the spelling
//     of a list typed on an English keyboard; and every mix of the two for a word with up to four
//     such letters (Ərşad = Ershad). Letters whose mark is not a separate character fold
//     alike in both: ı İ i, ß ss, ø o, æ ae, œ oe, đ ð d, þ th, ł l, ħ h, ŋ ng; then every other mark
//     is stripped (ä a, ö o, ü u, ō o, ğ g, é e, ễ e, ḥ h). Transliteration marks for ayn and hamza
//     (ʿ ʾ) are dropped like apostrophes: ʿAbd al-Raḥmān = Abd al-Rahman.
//  4. Folds on the Latin word, repeated until nothing changes (so a key is its own key):
//     dzh dj zh → j (Uzbek/Kazakh Latin write ж as j); kh → h (Uzbek x and h, Russian kh);
//     shch → sh; q → k; y → i (Ilyashev/Iliashev, Dmitry/Dmitrii); io → e and ie → e (ё/yo,
//     Yevgeny/Evgeny, Aliyev/Aliev); double letters collapse (Hassan/Hasan).
//  5. x is ambiguous (Uzbek Xolmatov = Kholmatov, but Maxim = Maksim): a word with x gets two keys,
//     one with x → h and one with x → ks. A query matches if any of its keys matches.
// Not folded on purpose (different names, not spellings): a/o (Alimov, Olimov), a/e (Karimov,
// Kerimov), s/sh, k/h, i/u, j/i (German-style Jurij).
//  6. Han: each character is one key token (刘晓波 → 刘 晓 波, found by any part). The stored key
//     also gets pinyin tokens (pinyin-pro, toneless), folded by the rules above like any Latin word:
//     one per syllable (liu, xiao, bo) and one per character joined with the characters after it
//     (liuxiaobo, xiaobo), so a query typed as "Liu Xiaobo", "liu xiao bo", "Liú Xiǎobō" or
//     "LiuXiaobo" meets it through the same prefix search, with no guess at where the given name
//     starts. A surname's own reading (单 shan, not dan) is added when it differs. Only the stored
//     key is romanised: keyTerms, and so the duplicate rule, still see Han as characters; a search
//     typed in Han meets names kept in Latin letters through db/features/search/search-match.ts.
import { pinyin } from 'pinyin-pro';

const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  ә: 'a', ғ: 'g', қ: 'q', ң: 'ng', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i', ў: 'o', ҳ: 'h', ҷ: 'j',
  ӣ: 'i', ӯ: 'u', є: 'ye', ї: 'yi', ґ: 'g', ѓ: 'g', ќ: 'k', џ: 'dzh',
};

/** Latin letters read as the sound they stand for (rule 3, the first key). */
const LATIN_SOUND: Readonly<Record<string, string>> = {
  ş: 'sh', š: 'sh', ș: 'sh', ç: 'ch', č: 'ch', ž: 'zh', ñ: 'ng', ə: 'a',
};

/** The same letters without their marks (rule 3, the second key). */
const LATIN_BARE: Readonly<Record<string, string>> = {
  ş: 's', š: 's', ș: 's', ç: 'c', č: 'c', ž: 'z', ñ: 'n', ə: 'e',
};

/** Letters that NFD does not split into a base letter and a mark; the same in both keys. */
const LATIN_BASE: Readonly<Record<string, string>> = {
  ı: 'i', ß: 'ss', ẞ: 'ss', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', þ: 'th', ħ: 'h', ŋ: 'ng', ŀ: 'l', ŧ: 't',
  ɨ: 'i', ɛ: 'e', ɔ: 'o', ƒ: 'f',
};

/** Characters that join a word but carry no sound of their own in any spelling we fold. */
export const APOSTROPHE_CHARS = "'’‘ʻʼ`´ʹʺʿʾ";
const APOSTROPHES = new RegExp(`[${APOSTROPHE_CHARS}]`, 'gu');
const WORD = new RegExp(`[\\p{L}\\p{M}\\p{N}${APOSTROPHE_CHARS}]+`, 'gu');
const LEADING_APOSTROPHES = new RegExp(`^[${APOSTROPHE_CHARS}]+`, 'u');
const TRAILING_APOSTROPHES = new RegExp(`[${APOSTROPHE_CHARS}]+$`, 'u');
const HAN = /\p{Script=Han}/u;
const HAN_RUNS = /(\p{Script=Han}+)/u;

export interface Word {
  /** UTF-16 offsets of the word in the text it came from. */
  start: number;
  end: number;
  text: string;
}

/** The words of a text with their offsets; apostrophes inside a word (Il'yashev, O'ktam) keep it whole. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    // A quote mark around a word is punctuation, not part of it.
    const raw = m[0];
    const lead = raw.length - raw.replace(LEADING_APOSTROPHES, '').length;
    const trimmed = raw.slice(lead).replace(TRAILING_APOSTROPHES, '');
    if (trimmed) out.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
  }
  return out;
}

const MARKS = /\p{M}/gu;

/** Lower case, NFC, apostrophes dropped: the letters of a word as rule 1 reads them. */
function letters(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(APOSTROPHES, '');
}

/**
 * A word in Latin letters (rules 1–3), its marked letters read as sounds or, with `bare`, as the
 * same letters without marks. Every mark left over (ä, ö, ü, ō, ğ, é, й written as и + breve, the
 * dot of İ that lower case keeps as a combining mark) is stripped; ё was mapped above.
 */
function toLatin(word: string, bare: boolean): string {
  const marked = bare ? LATIN_BARE : LATIN_SOUND;
  let out = '';
  for (const ch of letters(word)) out += CYRILLIC[ch] ?? marked[ch] ?? LATIN_BASE[ch] ?? ch;
  // A base letter can come out of NFD only now (ş as s + cedilla typed decomposed): map it again.
  let stripped = '';
  for (const ch of out.normalize('NFD').replace(MARKS, '')) stripped += LATIN_BASE[ch] ?? ch;
  return stripped;
}

/**
 * A text in lower case without marks or apostrophes, Latin letters that have no separate mark
 * folded to their base (ı i, ø o, ł l, ß ss): how a Latin word reads typed without diacritics.
 * Close to what the index's unicode61 tokenizer keeps of the original text, but also for ı, ø, ł.
 */
export function undiacritic(text: string): string {
  let out = '';
  for (const ch of letters(text)) out += LATIN_BARE[ch] ?? LATIN_BASE[ch] ?? ch;
  let stripped = '';
  for (const ch of out.normalize('NFD').replace(MARKS, '')) stripped += LATIN_BASE[ch] ?? ch;
  return stripped;
}

const FOLDS: readonly (readonly [RegExp, string])[] = [
  [/dzh|dj|zh/g, 'j'],
  [/kh/g, 'h'],
  [/shch/g, 'sh'],
  [/q/g, 'k'],
  [/y/g, 'i'],
  [/(\p{L})\1+/gu, '$1'],
  [/io|ie/g, 'e'],
];

function fold(latin: string): string {
  let current = latin;
  for (;;) {
    let next = current;
    for (const [pattern, replacement] of FOLDS) next = next.replace(pattern, replacement);
    if (next === current) return current;
    current = next;
  }
}

/**
 * Keys already made, by word. Names and note phrases repeat a great deal (every write to a
 * searchable table computes keys inside the transaction), so most words are looked up, not folded.
 * Bounded: cleared when full, which keeps memory flat without the bookkeeping of an LRU.
 */
const cache = new Map<string, string[]>();
const CACHE_SIZE = 50_000;

/** The keys of one Latin (or other non-Han) piece: one, or two when it has an ambiguous x. */
function pieceKeys(piece: string): string[] {
  const known = cache.get(piece);
  if (known) return known;
  if (cache.size >= CACHE_SIZE) cache.clear();
  const keys = makePieceKeys(piece);
  cache.set(piece, keys);
  return keys;
}

/** Readings of one word at most: 2^4, four letters read two ways, is more than a name holds. */
const MAX_READINGS = 16;

/**
 * The Latin readings of a word (rules 1–3): the sound reading first, the bare one second, and every
 * mix of the two when a word has few marked letters (Ərşad typed Ershad reads ə bare and ş as sh).
 */
function readings(piece: string): string[] {
  const sound = toLatin(piece, false);
  const bare = toLatin(piece, true);
  const out = new Set([sound, bare]);
  const chars = Array.from(letters(piece));
  const twoWays = chars.filter((ch) => LATIN_SOUND[ch] !== undefined).length;
  if (twoWays > 1 && 2 ** twoWays <= MAX_READINGS) {
    for (let mask = 1; mask < 2 ** twoWays - 1; mask++) {
      let at = 0;
      let mixed = '';
      for (const ch of chars) {
        if (LATIN_SOUND[ch] === undefined) mixed += ch;
        else mixed += (mask & (2 ** at++)) !== 0 ? (LATIN_BARE[ch] ?? ch) : (LATIN_SOUND[ch] ?? ch);
      }
      out.add(toLatin(mixed, false));
    }
  }
  return [...out];
}

function makePieceKeys(piece: string): string[] {
  const keys = new Set<string>();
  // The sound reading first: it is the key a word's other spellings share (Шукуров, Shukurov).
  for (const latin of readings(piece)) {
    if (!latin) continue;
    if (!latin.includes('x')) keys.add(fold(latin));
    else {
      keys.add(fold(latin.replace(/x/g, 'h')));
      keys.add(fold(latin.replace(/x/g, 'ks')));
    }
  }
  return [...keys];
}

/** The most characters one joined pinyin key spans: a two-character surname and given name. */
export const JOIN_SPAN = 4;
const SYLLABLE = /^[a-zü]+$/u;

/**
 * The toneless pinyin of each character of a Han run, one list per reading: the ordinary reading,
 * and the surname reading of the first character (单 shan, 曾 zeng) when it differs. A character
 * pinyin-pro has no reading for (rare extension characters come back unchanged) gets ''.
 */
export function hanReadings(run: string): string[][] {
  const chars = Array.from(run);
  const read = (surname: boolean): string[] => {
    const out = pinyin(run, surname ? { toneType: 'none', type: 'array', surname: 'head' } : { toneType: 'none', type: 'array' });
    // One syllable per character is what pinyin-pro returns for Han text; if not, read them one by one.
    const syllables = out.length === chars.length ? out : chars.map((c) => pinyin(c, { toneType: 'none', type: 'array' })[0] ?? '');
    return syllables.map((s) => (SYLLABLE.test(s) ? s : ''));
  };
  const plain = read(false);
  const surname = read(true);
  return surname.join(' ') === plain.join(' ') ? [plain] : [plain, surname];
}

/** The keys of characters [from, to) of a Han run read as one word, in any of its readings. */
export function hanSpanKeys(readings: readonly (readonly string[])[], from: number, to: number): string[] {
  const keys = new Set<string>();
  for (const syllables of readings) {
    const part = syllables.slice(from, to);
    // A character without a reading ends the span: its neighbours do not join across it.
    const gap = part.indexOf('');
    const read = gap < 0 ? part : part.slice(0, gap);
    if (read.length > 0) for (const key of pieceKeys(read.join(''))) keys.add(key);
  }
  return [...keys];
}

const pinyinCache = new Map<string, string[]>();

/** The pinyin key tokens of a Han run (rule 6): per syllable, and joined from each character on. */
export function pinyinKeys(run: string): string[] {
  const known = pinyinCache.get(run);
  if (known) return known;
  const readings = hanReadings(run);
  const keys = new Set<string>();
  const length = readings[0]?.length ?? 0;
  for (let from = 0; from < length; from++) {
    for (const key of hanSpanKeys(readings, from, from + 1)) keys.add(key);
    // Only the longest join from each character: the index matches prefixes, so "liuxiao" finds "liuxiaobo".
    for (const key of hanSpanKeys(readings, from, Math.min(length, from + JOIN_SPAN))) keys.add(key);
  }
  if (pinyinCache.size >= CACHE_SIZE) pinyinCache.clear();
  const out = [...keys];
  pinyinCache.set(run, out);
  return out;
}

/**
 * The search terms of a text: one per word (or per run of Han characters), each a list of
 * alternative keys. A Han run's key is its characters separated by spaces, an FTS phrase.
 */
export function keyTerms(text: string): string[][] {
  const terms: string[][] = [];
  for (const word of words(text)) {
    for (const piece of HAN.test(word.text) ? word.text.split(HAN_RUNS) : [word.text]) {
      if (!piece) continue;
      if (HAN.test(piece)) terms.push([Array.from(piece).join(' ')]);
      else {
        const keys = pieceKeys(piece);
        if (keys.length > 0) terms.push([...keys]);
      }
    }
  }
  return terms;
}

/**
 * The search key of a text: every key token, space-separated, each once, plus the pinyin tokens of
 * its Han runs. Stored in the search index beside the original text; for text without Han,
 * searchKey(searchKey(s)) === searchKey(s).
 */
export function searchKey(text: string): string {
  const tokens = new Set<string>();
  const runs: string[] = [];
  for (const term of keyTerms(text)) {
    for (const key of term) {
      for (const token of key.split(' ')) tokens.add(token);
      if (HAN.test(key)) runs.push(key.replace(/ /g, ''));
    }
  }
  // Pinyin after the characters: the tokens of one text read in the order they were written.
  for (const run of runs) for (const key of pinyinKeys(run)) tokens.add(key);
  return Array.from(tokens).join(' ');
}

/** The key of a single word, for tests and for comparing two spellings: all its keys joined by '|'. */
export function wordKey(word: string): string {
  return keyTerms(word)
    .map((alts) => alts.join('|'))
    .join(' ');
}
