// Values for the fuzzer made from a method's own zod schema: the walk follows zod 4's definitions
// (schema._zod.def), strings are picked from candidates the schema itself accepts (dates, codes,
// record ids from the vault, text in several scripts), so most calls get past validation and reach
// the services; corrupt() then breaks one place in such a value.
import { v4 as uuidv4, v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';

export type Random = () => number;

export interface ValueContext {
  random: Random;
  /** Record ids in the vault, by table, and every id together under '*'. */
  ids: Map<string, string[]>;
  /** The table a bare `id` most likely means for the method being called. */
  idTable: string | null;
}

interface Def {
  type: string;
  [key: string]: unknown;
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const WORDS = [
  'Ержан', 'Кабиров', 'Taşkın', 'Seda', 'Dilnoza', 'Гульнара', 'Бишкек', 'Almaty', 'SIZO-1', 'Хужанд', 'lawyer',
  'visit', 'hearing', 'appeal', 'hunger strike', 'статья 174', 'Ташкент', 'Ашхабад', 'Nur-Sultan', 'Қарағанды',
  'Ўзбекистон', 'Тоҷикистон', 'O‘zbekiston', 'Türkmenistan', 'family', 'UN WGAD', 'ОВД', 'prison no. 3',
];
const DATES = ['2024-03-15', '2025-12-01', '2026-01-14', '2019-07-31', '2024', '2025-06', '1999-02-28', '2026-01-15', '2030-01-01'];
const TOKENS = ['174', '205.2', 'ст. 174', 'Art. 341-1', 'KZ', 'KG', 'TJ', 'TM', 'UZ', 'RU', 'kz', 'note:new:c1', 'case:edit:x', 'admin', 'erlan.k', 'amina', 'bench', 'a', 'x-1', 'en', 'ru', 'csv', 'json', 'xlsx', 'utf-8', '+996 555 123 456', 'a@b.kz', '174', '1', '0'];
const PASSPHRASES = ['violet thunder marble canyon 7', 'correct horse battery staple 42', 'short', 'quiet river stone lantern 19'];

function text(random: Random, min: number, max: number): string {
  const target = Math.max(min, Math.min(max, 1 + Math.floor(random() * 40)));
  let s = '';
  while (s.length < target) s += (s ? ' ' : '') + pick(random, WORDS);
  return s.slice(0, Math.max(target, min));
}

function base64Csv(random: Random): string {
  const rows = ['name,country,arrested', ...Array.from({ length: 1 + Math.floor(random() * 4) }, () => `${pick(random, WORDS)},${pick(random, ['KZ', 'UZ', 'TJ'])},${pick(random, DATES)}`)];
  return Buffer.from(rows.join('\n'), 'utf8').toString('base64');
}

function idFor(key: string, ctx: ValueContext): string {
  const r = ctx.random();
  if (r < 0.05) return uuidv7();
  if (r < 0.07) return uuidv4();
  const base = key.replace(/Ids?$/, '').toLowerCase();
  const table =
    key === 'id' || key === 'ids'
      ? ctx.idTable
      : ({ case: 'cases', person: 'people', episode: 'detention_episodes', charge: 'charges', courtevent: 'court_events', sentence: 'sentences', referral: 'referrals', contact: 'contacts', sourcecontact: 'contacts', user: 'users', caseworker: 'users', supervisor: 'users', assignedto: 'users', assignee: 'users', task: 'tasks', supersedes: 'sentences', review: 'reviews', preset: 'import_presets', advocacy: 'advocacy_actions', event: 'case_events' } as Record<string, string>)[base] ?? null;
  const list = (table ? ctx.ids.get(table) : undefined) ?? ctx.ids.get('*') ?? [];
  return list.length > 0 ? pick(ctx.random, list) : uuidv7();
}

const candidateCache = new WeakMap<object, string[]>();

/** Strings this very schema accepts, found by trying the usual kinds of values against it. */
function acceptedStrings(schema: z.ZodType, key: string, random: Random): string[] {
  const cached = candidateCache.get(schema);
  if (cached) return cached;
  const tries = [...DATES, ...TOKENS, ...PASSPHRASES, ...WORDS, text(random, 1, 60), key];
  const accepted = tries.filter((s) => schema.safeParse(s).success);
  candidateCache.set(schema, accepted);
  return accepted;
}

function stringValue(schema: z.ZodType, def: Def, key: string, ctx: ValueContext): string {
  if (def.format === 'uuid' || def.format === 'guid') return idFor(key, ctx);
  const checks = (def.checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? [];
  let min = 0;
  let max = 200;
  let patterned = def.format !== undefined;
  for (const check of checks) {
    const c = check._zod.def;
    if (c.check === 'min_length') min = Number(c.minimum);
    if (c.check === 'max_length') max = Number(c.maximum);
    if (c.check === 'length_equals') min = max = Number(c.length);
    if (c.check === 'string_format') patterned = true;
  }
  if (key === 'content') return base64Csv(ctx.random);
  if (/passphrase/i.test(key)) return pick(ctx.random, PASSPHRASES);
  if (patterned || ctx.random() < 0.5) {
    const accepted = acceptedStrings(schema, key, ctx.random);
    if (accepted.length > 0) return pick(ctx.random, accepted);
  }
  return text(ctx.random, min, Math.min(max, 400));
}

function numberValue(def: Def, random: Random): number {
  const checks = (def.checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? [];
  let lo = -1000;
  let hi = 100_000;
  let integer = false;
  for (const check of checks) {
    const c = check._zod.def;
    if (c.check === 'number_format' && typeof c.format === 'string' && /int/.test(c.format)) integer = true;
    if (c.check === 'greater_than') lo = Number(c.value) + (c.inclusive ? 0 : integer ? 1 : 1e-9);
    if (c.check === 'less_than') hi = Number(c.value) - (c.inclusive ? 0 : integer ? 1 : 1e-9);
  }
  if (lo > hi) return lo;
  // Ends of the range are where the bugs live.
  const r = random();
  if (r < 0.15) return lo;
  if (r < 0.3) return hi;
  const span = Math.min(hi - lo, 1_000_000);
  const value = lo + random() * span;
  return integer ? Math.round(value) : value;
}

function jsonValue(random: Random, depth: number): unknown {
  const r = random();
  if (depth > 3 || r < 0.3) return pick(random, [1, 'text', true, null, 'Ержан', 2.5]);
  if (r < 0.6) return Array.from({ length: Math.floor(random() * 4) }, () => jsonValue(random, depth + 1));
  return Object.fromEntries(Array.from({ length: Math.floor(random() * 4) }, (_, i) => [`k${i}`, jsonValue(random, depth + 1)]));
}

/** A value the schema should mostly accept. */
export function valueFor(schema: z.ZodType, ctx: ValueContext, key = '', depth = 0): unknown {
  const def = defOf(schema);
  const { random } = ctx;
  const inner = (s: unknown, k = key) => valueFor(s as z.ZodType, ctx, k, depth + 1);
  switch (def.type) {
    case 'string':
      return stringValue(schema, def, key, ctx);
    case 'number':
      return numberValue(def, random);
    case 'int':
      return Math.round(numberValue(def, random));
    case 'boolean':
      return random() < 0.5;
    case 'null':
      return null;
    case 'undefined':
    case 'void':
      return undefined;
    case 'literal':
      return pick(random, def.values as unknown[]);
    case 'enum':
      return pick(random, Object.values(def.entries as Record<string, unknown>));
    case 'optional':
      return random() < 0.25 ? undefined : inner(def.innerType);
    case 'nullable':
      return random() < 0.15 ? null : inner(def.innerType);
    case 'default':
    case 'prefault':
      return random() < 0.3 ? undefined : inner(def.innerType);
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return inner(def.innerType);
    case 'pipe':
      return inner(def.in);
    case 'lazy':
      return depth > 6 ? undefined : inner((def.getter as () => unknown)());
    case 'union': {
      const options = def.options as unknown[];
      return inner(pick(random, options));
    }
    case 'intersection': {
      const left = inner(def.left);
      const right = inner(def.right);
      return typeof left === 'object' && typeof right === 'object' && left && right ? { ...left, ...right } : left;
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, s] of Object.entries(def.shape as Record<string, unknown>)) {
        const value = valueFor(s as z.ZodType, ctx, k, depth + 1);
        if (value !== undefined) out[k] = value;
      }
      return out;
    }
    case 'array': {
      const checks = (def.checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? [];
      let min = 0;
      let max = 3;
      for (const check of checks) {
        const c = check._zod.def;
        if (c.check === 'min_length') min = Number(c.minimum);
        if (c.check === 'max_length') max = Math.min(Number(c.maximum), Math.max(min, 3));
      }
      const length = min + Math.floor(random() * (max - min + 1));
      return Array.from({ length }, () => inner(def.element, key));
    }
    case 'tuple':
      return (def.items as unknown[]).map((s) => inner(s));
    case 'record': {
      const length = Math.floor(random() * 3);
      const out: Record<string, unknown> = {};
      for (let i = 0; i < length; i++) out[String(inner(def.keyType, 'key'))] = inner(def.valueType);
      return out;
    }
    case 'unknown':
    case 'any':
      return jsonValue(random, depth);
    default:
      // transform, custom, date and the rest: a plausible plain value.
      return jsonValue(random, depth);
  }
}

function nested(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { next: value };
  return value;
}

/** Values no schema should take, or that stress one: each a fresh value, some not plain data. */
export const CORRUPTIONS: readonly [string, (random: Random, original: unknown) => unknown][] = [
  ['wrong_type', (random) => pick(random, [0, -1, 1.5, 2 ** 53 + 2, -0, NaN, Infinity, -Infinity, '', ' ', true, false, [], {}, 'null', '0', '[object Object]'])],
  ['null', () => null],
  ['undefined', () => undefined],
  ['empty_string', () => ''],
  ['huge_string', (random) => 'Ж'.repeat(pick(random, [1_000, 20_001, 100_000, 1_000_000]))],
  ['lone_surrogate', (random, original) => (typeof original === 'string' ? `${original.slice(0, 3)}${pick(random, ['\uD800', '\uDFFF', '\uDBFF'])}${original.slice(3)}` : '\uD83D')],
  ['odd_unicode', (random) => pick(random, ['\u0000', 'a\u0000b', '\u202Eevil', 'e\u0301', '\uFEFF', '😀', '\u200B', 'İ', 'ǅ', '%s%n', "' OR 1=1 --", '"; DROP TABLE people; --'])],
  ['bigint', (random) => pick(random, [10n, -1n, 2n ** 70n])],
  ['function', () => () => 1],
  ['symbol', () => Symbol('fuzz')],
  ['deep_nesting', (random) => nested(pick(random, [20, 63, 70, 5_000]), 'bottom')],
  ['circular', () => {
    const o: Record<string, unknown> = { a: 1 };
    o.self = o;
    return o;
  }],
  ['class_instance', (random) => pick(random, [new Date(), new Map([['a', 1]]), new Set([1]), new Uint8Array(3), /x/, new Error('x')])],
  ['long_array', (random) => new Array<string>(pick(random, [1_000, 100_000])).fill('x')],
  ['wrong_id', (random) => pick(random, [uuidv4(), '00000000-0000-7000-8000-000000000000', 'not-an-id', '../../etc/passwd', uuidv7().toUpperCase()])],
  ['extreme_number', (random) => pick(random, [Number.MAX_SAFE_INTEGER + 2, -1e308, 1e-320, 2 ** 31, -(2 ** 31) - 1, 1e21])],
  ['prototype_keys', () => JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}') as unknown],
];

interface Slot {
  parent: Record<string, unknown> | unknown[] | null;
  key: string | number | null;
  value: unknown;
}

function slots(value: unknown, parent: Slot['parent'], key: Slot['key'], out: Slot[], depth: number): void {
  out.push({ parent, key, value });
  if (depth > 8 || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) value.forEach((item, i) => slots(item, value, i, out, depth + 1));
  else for (const [k, v] of Object.entries(value)) slots(v, value as Record<string, unknown>, k, out, depth + 1);
}

/** Breaks one place of a (deep-copied) valid value: a bad value in, a key out, or an extra key. Returns the label too. */
export function corrupt(value: unknown, random: Random): { value: unknown; how: string } {
  const root: { input: unknown } = { input: structuredClone(value) };
  const all: Slot[] = [];
  slots(root.input, null, null, all, 0);
  const slot = pick(random, all);
  const r = random();
  const set = (next: unknown) => {
    if (slot.parent === null) root.input = next;
    else (slot.parent as Record<string | number, unknown>)[slot.key as string | number] = next;
  };
  if (r < 0.1 && slot.value && typeof slot.value === 'object' && !Array.isArray(slot.value)) {
    (slot.value as Record<string, unknown>)[pick(random, ['extra', 'role', 'id', 'deletedAt', 'userId', '__proto__', 'toString'])] = pick(random, ['administrator', 1, null, {}, 'x']);
    return { value: root.input, how: 'extra_key' };
  }
  if (r < 0.2 && slot.parent && !Array.isArray(slot.parent) && slot.key !== null) {
    delete slot.parent[slot.key];
    return { value: root.input, how: 'missing_key' };
  }
  const [how, make] = pick(random, CORRUPTIONS);
  set(make(random, slot.value));
  return { value: root.input, how };
}
