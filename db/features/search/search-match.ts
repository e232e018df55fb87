// Turns what a user typed into FTS5 match expressions over the search index, and marks the matched
// words in a stored text. Every word typed must match (AND), each as a prefix, either as written
// (the `original` column, folded by the unicode61 tokenizer) or through its transliteration key
// (the `keys` column); Han typed as Han also through its pinyin. User text only ever reaches FTS5
// inside double-quoted strings, so its operators (OR, NEAR, *, :) are plain text.
import { hanReadings, hanSpanKeys, JOIN_SPAN, keyTerms, undiacritic, words, type Word } from './transliterate';

export interface MatchPlan {
  /** Matches only texts containing every word as written: these rank first. */
  exact: string;
  /** Matches texts containing every word as written or transliterated. */
  any: string;
  words: QueryWord[];
}

interface QueryWord {
  folded: string;
  keys: string[];
}

/** Lower case without marks or apostrophes (ı i, ø o too), to mark words typed without diacritics. */
const fold = undiacritic;

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** The plan for a query, or null when it has no word to search for (only punctuation, say). */
export function matchPlan(q: string): MatchPlan | null {
  const typed = words(q);
  if (typed.length === 0) return null;
  const exact: string[] = [];
  const any: string[] = [];
  const plan: QueryWord[] = [];
  for (const word of typed) {
    const asWritten = `original : ${quote(word.text)}*`;
    const terms = keyTerms(word.text);
    const keys = terms.flat().map((k) => k.replace(/ /g, ''));
    const transliterated = terms
      .map((alts) => {
        const options = alts.map((k) => `keys : ${quote(k)}*`);
        const run = alts.length === 1 && HAN.test(alts[0] ?? '') ? (alts[0] ?? '').replace(/ /g, '') : null;
        const read = run === null ? null : pinyinOfRun(run);
        if (read) {
          options.push(read.expression);
          keys.push(...read.keys);
        }
        return `(${options.join(' OR ')})`;
      })
      .join(' AND ');
    exact.push(asWritten);
    any.push(transliterated ? `(${asWritten} OR (${transliterated}))` : asWritten);
    plan.push({ folded: fold(word.text), keys });
  }
  return { exact: exact.join(' AND '), any: any.join(' AND '), words: plan };
}

const HAN = /\p{Script=Han}/u;

/**
 * Han typed as Han, met in names stored in Latin letters (刘晓波 finds "Liu Xiaobo"): its pinyin,
 * cut into words at every place a Latin spelling may break it (Liu Xiaobo, Liu Xiao Bo,
 * LiuXiaobo), the last word a prefix when more than one character was typed; and the pinyin keys,
 * to mark the matched Latin words. Null for runs longer than a name, and for characters without a
 * reading: no guess then.
 */
function pinyinOfRun(run: string): { expression: string; keys: string[] } | null {
  const length = Array.from(run).length;
  if (length > JOIN_SPAN) return null;
  const readings = hanReadings(run);
  if (readings.some((syllables) => syllables.includes(''))) return null;
  const cuts: string[] = [];
  const keys = new Set<string>();
  // Bit i of a mask breaks the pinyin after character i.
  for (let mask = 0; mask < 2 ** (length - 1); mask++) {
    const spans: [number, number][] = [];
    let from = 0;
    for (let i = 0; i < length - 1; i++) {
      if (mask & (2 ** i)) {
        spans.push([from, i + 1]);
        from = i + 1;
      }
    }
    spans.push([from, length]);
    const parts: string[] = [];
    for (const [index, [a, b]] of spans.entries()) {
      const span = hanSpanKeys(readings, a, b);
      // An empty group would not parse; a reading that folds to nothing gives no pinyin search.
      if (span.length === 0) return null;
      for (const key of span) keys.add(key);
      // One character is one whole syllable: 刘 is "Liu", never the start of "Liudmila".
      const star = index === spans.length - 1 && length > 1 ? '*' : '';
      parts.push(`(${span.map((k) => `keys : ${quote(k)}${star}`).join(' OR ')})`);
    }
    cuts.push(`(${parts.join(' AND ')})`);
  }
  return { expression: `(${cuts.join(' OR ')})`, keys: [...keys] };
}

const HAN_RUN = /\p{Script=Han}+/gu;

function wordRanges(word: Word, query: readonly QueryWord[]): [number, number][] {
  if (HAN.test(word.text)) {
    // Han text has no word breaks: mark each run of characters the query contains, as characters
    // or as pinyin (the characters whose reading the typed word begins).
    const out: [number, number][] = [];
    for (const q of query) {
      const at = q.keys.length > 0 ? word.text.indexOf(q.keys.join('')) : -1;
      if (at >= 0 && HAN.test(q.keys.join(''))) out.push([word.start + at, word.start + at + q.keys.join('').length]);
    }
    const latin = query.flatMap((q) => q.keys.filter((k) => k !== '' && !HAN.test(k)));
    if (latin.length > 0) {
      for (const run of word.text.matchAll(HAN_RUN)) out.push(...pinyinRanges(run[0], word.start + run.index, latin));
    }
    return out;
  }
  const folded = fold(word.text);
  const keys = keyTerms(word.text).flat();
  const hit = query.some((q) => folded.startsWith(q.folded) || q.keys.some((k) => keys.some((key) => key.startsWith(k))));
  return hit ? [[word.start, word.end]] : [];
}

/**
 * The characters of a Han run whose pinyin a typed key begins: from each character, the fewest
 * characters whose joined reading starts with the key ("xiaob" marks 晓波 in 刘晓波).
 */
function pinyinRanges(run: string, offset: number, keys: readonly string[]): [number, number][] {
  const chars = Array.from(run);
  // UTF-16 offset of each character, for characters outside the Basic Multilingual Plane.
  const at = [0];
  for (const c of chars) at.push((at.at(-1) ?? 0) + c.length);
  const readings = hanReadings(run);
  const out: [number, number][] = [];
  for (let from = 0; from < chars.length; from++) {
    for (let to = from + 1; to <= Math.min(chars.length, from + JOIN_SPAN); to++) {
      const spans = hanSpanKeys(readings, from, to);
      if (spans.some((span) => keys.some((k) => span.startsWith(k)))) {
        out.push([offset + (at[from] ?? 0), offset + (at[to] ?? 0)]);
        break;
      }
    }
  }
  return out;
}

/** Sorted, with overlapping or touching ranges joined: 刘 and 晓波 marked apart read as one mark. */
function merged(ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0] || x[1] - y[1])) {
    const last = out.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** The [start, end) ranges of the words in `text` that the query matched, in order. */
export function matchedRanges(text: string, plan: MatchPlan): [number, number][] {
  return merged(words(text).flatMap((w) => wordRanges(w, plan.words)));
}

const WINDOW = 160;
const BEFORE = 50;

/**
 * A long text (a note) cut to a window around its first match, with the ranges moved to fit;
 * an ellipsis marks each cut. Names, charges and facilities are short and come back whole.
 */
export function snippet(text: string, ranges: [number, number][]): { text: string; ranges: [number, number][] } {
  if (text.length <= WINDOW) return { text, ranges };
  const first = ranges[0]?.[0] ?? 0;
  const start = Math.max(0, Math.min(first - BEFORE, text.length - WINDOW));
  const end = Math.min(text.length, start + WINDOW);
  const lead = start > 0 ? '…' : '';
  const shift = lead.length - start;
  const kept = ranges
    .filter(([a, b]) => a >= start && b <= end)
    .map(([a, b]): [number, number] => [a + shift, b + shift]);
  return { text: `${lead}${text.slice(start, end)}${end < text.length ? '…' : ''}`, ranges: kept };
}
