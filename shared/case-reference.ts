// Case references such as KZ-2026-7K3MQ: the country the case opened in, the year it opened, and five
// random Crockford base32 characters (no I, L, O or U, so nothing is misheard when read aloud).
// Random rather than sequential: laptops open cases offline and sync later, and counters would collide.

/** Crockford's base32 alphabet: digits and capitals without I, L, O and U. */
export const REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const REFERENCE_CODE_LENGTH = 5;
/** Stands for the country of a case opened without one (an import row with no country). */
export const UNKNOWN_COUNTRY = 'XX';

export const CASE_REFERENCE = /^[A-Z]{2}-\d{4}-[0-9A-HJKMNP-TV-Z]{5}$/;

/** A reference from its parts; `draw(n)` gives a whole number in [0, n), from any random source. */
export function makeReference(countryCode: string, openedOn: string, draw: (n: number) => number): string {
  const country = /^[A-Za-z]{2}$/.test(countryCode) ? countryCode.toUpperCase() : UNKNOWN_COUNTRY;
  const year = /^\d{4}/.test(openedOn) ? openedOn.slice(0, 4) : '0000';
  let code = '';
  for (let i = 0; i < REFERENCE_CODE_LENGTH; i++) code += REFERENCE_ALPHABET[draw(REFERENCE_ALPHABET.length)] ?? '0';
  return `${country}-${year}-${code}`;
}

const asCode = (part: string) => part.replace(/O/g, '0').replace(/[IL]/g, '1');

/**
 * What someone typed, as a reference would be written: capitals, spaces as dashes, and in the code
 * part the letters Crockford reads as digits (O as 0, I and L as 1), so a reference heard and typed
 * still matches.
 */
export function normaliseReference(typed: string): string {
  const parts = typed.trim().toUpperCase().replace(/\s+/g, '-').split('-');
  if (parts.length === 3) parts[2] = asCode(parts[2] ?? '');
  return parts.join('-');
}

export type ReferenceQuery = { kind: 'prefix'; prefix: string } | { kind: 'code'; code: string };

/**
 * How a search term can find references: a reference or its start ("KZ-2026", "KZ-2026-7K"), or the
 * five-character code alone with at least one digit ("7K3MQ"; five letters are more likely a name).
 * Null when the term cannot be part of a reference.
 */
export function referenceQuery(typed: string): ReferenceQuery | null {
  const term = normaliseReference(typed);
  if (/^[A-Z]{2}-\d{4}(-[0-9A-HJKMNP-TV-Z]{0,5})?$/.test(term)) return { kind: 'prefix', prefix: term };
  const code = asCode(term);
  if (/\d/.test(term) && /^[0-9A-HJKMNP-TV-Z]{5}$/.test(code)) return { kind: 'code', code };
  return null;
}
