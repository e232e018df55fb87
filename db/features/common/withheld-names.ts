// Withholding confidential people's names from payloads (the rule itself is in visibility.ts): a
// person record loses its name and everything that could name them; a row carrying personName gets
// '' and the stable code in personNameWithheld. Nothing withheld leaves the backend.
import type { ServiceContext } from '../../backend/context';
import type { PersonNameWithheld } from '../../contract/need-to-know';
import type { Person } from '../../contract/people';
import { nameGuard, withholdsConfidentialNames, type NameGuard } from './visibility';

/** The person as the caller may read them. */
export function withholdPerson(ctx: ServiceContext, person: Person, guard: NameGuard = nameGuard(ctx)): Person {
  const code = guard.withheld(person.id, person.confidentiality === 'confidential');
  if (code === null) return person;
  return {
    ...person,
    name: '',
    nameVariants: [],
    birthDate: null,
    birthDatePrecision: null,
    organisations: null,
    notes: null,
    nameWithheld: code,
  };
}

type Named = PersonNameWithheld & { personName: string | null };

/** One row with its person's id and confidentiality known. */
export function withholdName<T extends Named>(row: T, guard: NameGuard, personId: string, confidential: boolean): T & PersonNameWithheld {
  const code = guard.withheld(personId, confidential);
  return code === null ? row : { ...row, personName: '', personNameWithheld: code };
}

/** The person of each case whose person is confidential, for rows that carry only a case id. */
function confidentialPersonOfCase(ctx: ServiceContext, caseIds: readonly string[]): Map<string, string> {
  const rows = ctx.sqlite
    .prepare(
      `SELECT c.id AS caseId, c.person_id AS personId FROM cases c JOIN people p ON p.id = c.person_id
        WHERE p.confidentiality = 'confidential' AND c.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify([...new Set(caseIds)])) as { caseId: string; personId: string }[];
  return new Map(rows.map((r) => [r.caseId, r.personId]));
}

/** Rows that name a case's person (tasks, deadlines, review lists), with withheld names replaced. */
export function withholdNamesByCase<T extends Named & { caseId: string | null }>(ctx: ServiceContext, rows: T[]): T[] {
  if (!withholdsConfidentialNames(ctx) || rows.length === 0) return rows;
  const ids = rows.flatMap((r) => (r.caseId === null ? [] : [r.caseId]));
  const personOf = confidentialPersonOfCase(ctx, ids);
  if (personOf.size === 0) return rows;
  const guard = nameGuard(ctx);
  return rows.map((r) => {
    const personId = r.caseId === null ? undefined : personOf.get(r.caseId);
    return personId === undefined ? r : withholdName(r, guard, personId, true);
  });
}
