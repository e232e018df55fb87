// People as the duplicate rule (db/features/people/person-match.ts) compares them: the name, every other
// spelling, the birth date, the country they are known in, and the other countries of their
// citizenship, cases and referrals. One reading for the intake warning and the import, so both
// judge a person already in the vault the same way.
import type { ServiceContext } from '../../backend/context';
import type { PossibleDuplicate } from '../../contract/people';

/**
 * A vault person as the warning shows them (the duplicate rule adds whether the match is strong),
 * with the other countries they are known in, for the rule only.
 */
export type KnownPerson = Omit<PossibleDuplicate, 'strong'> & { alsoKnownIn: string[] };

const PEOPLE_SQL = `
  SELECT p.id AS personId, p.name AS name, p.birth_date AS birthDate, p.citizenship AS citizenship,
    p.confidentiality AS confidentiality, k.id AS caseId, k.country_code AS caseCountry,
    (SELECT r.country_code FROM referrals r WHERE r.person_id = p.id AND r.deleted_at IS NULL
      ORDER BY r.received_on DESC, r.rowid DESC LIMIT 1) AS referralCountry,
    (SELECT group_concat(country_code) FROM (
      SELECT c.country_code FROM cases c WHERE c.person_id = p.id AND c.deleted_at IS NULL
      UNION SELECT r.country_code FROM referrals r WHERE r.person_id = p.id AND r.deleted_at IS NULL)) AS otherCountries
  FROM people p
  LEFT JOIN cases k ON k.id = (SELECT c.id FROM cases c WHERE c.person_id = p.id AND c.deleted_at IS NULL
    ORDER BY c.opened_on DESC, c.rowid DESC LIMIT 1)
  WHERE p.id IN (SELECT value FROM json_each(?)) AND p.deleted_at IS NULL`;

const VARIANTS_SQL = `
  SELECT person_id AS personId, name FROM name_variants
  WHERE person_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL
  ORDER BY created_at, id`;

interface PersonRow {
  personId: string;
  name: string;
  birthDate: string | null;
  citizenship: string | null;
  confidentiality: string;
  caseId: string | null;
  caseCountry: string | null;
  referralCountry: string | null;
  /** Every country of the person's live cases and referrals, comma-separated; null for none. */
  otherCountries: string | null;
}

/** The live people among the ids given (deleted ones are left out), in no particular order. */
export function knownPeople(ctx: ServiceContext, personIds: Iterable<string>): KnownPerson[] {
  const ids = JSON.stringify([...personIds]);
  const variants = new Map<string, string[]>();
  for (const v of ctx.sqlite.prepare(VARIANTS_SQL).all(ids) as { personId: string; name: string }[]) {
    const list = variants.get(v.personId);
    if (list) list.push(v.name);
    else variants.set(v.personId, [v.name]);
  }
  return (ctx.sqlite.prepare(PEOPLE_SQL).all(ids) as PersonRow[]).map((row) => ({
    personId: row.personId,
    name: row.name,
    nameVariants: variants.get(row.personId) ?? [],
    birthDate: row.birthDate,
    countryCode: row.caseCountry ?? row.referralCountry ?? row.citizenship,
    alsoKnownIn: [...new Set([...(row.otherCountries?.split(',') ?? []), ...(row.citizenship ? [row.citizenship] : [])])],
    caseId: row.caseId,
    confidential: row.confidentiality === 'confidential',
  }));
}
