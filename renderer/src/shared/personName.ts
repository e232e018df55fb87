// A person's name as screens show it: the name, or "Confidential (code)" when the backend withheld it
// (a confidential person, for staff without a grant on the case). The words are made here, the code
// comes from the backend and is the same for this person on every screen.
import { useTranslation } from 'react-i18next';

/** A row that names a case's person. */
export interface NamedRow {
  personName: string | null;
  personNameWithheld?: string | undefined;
}

/** The words for a withheld name. */
export function useWithheldName(): (code: string) => string {
  const { t } = useTranslation('access');
  return (code) => t('withheldName', { code });
}

/** The shown name of a row's person; null when the row names nobody. */
export function usePersonName(): (row: NamedRow) => string | null {
  const withheld = useWithheldName();
  return (row) => (row.personNameWithheld !== undefined ? withheld(row.personNameWithheld) : row.personName);
}

/** The shown name of a person record. */
export function useShownName(): (person: { name: string; nameWithheld?: string | undefined }) => string {
  const withheld = useWithheldName();
  return (person) => (person.nameWithheld !== undefined ? withheld(person.nameWithheld) : person.name);
}
