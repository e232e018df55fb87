// The "status" column of a spreadsheet (Imprisoned, Released, Killed, Died in custody, Executed,
// Missing, Disappeared; English and Russian) read into an import status, and what each status
// makes of the case and its detention. Pure.
//
// How each status is stored, so that a person killed or missing never becomes the active case of
// a living detainee (the report counts open detentions as people held):
// - imprisoned: a detention is written, open, even when the row gives no arrest details.
// - released: the detention is written and ended (at the row's year of record when it has one, the
//   import day otherwise, with a warning to correct it); the case is closed as 'released'.
// Every date below that the row does not give is, in that order, the row's year of record (the list
// says so as of that year) or the import day.
// - killed, died: the case is closed as 'died', a timeline entry says so at the death date (or the
//   import day), and a detention the row describes ends then with no reason (not known to be in
//   custody).
// - died in custody, executed: as died, and the detention (written even without details) ends with
//   the reason 'death_in_custody'.
// - missing (disappeared, whereabouts unknown): no detention is held open, since no one is known to
//   hold them; the case stays open (active unless the row says otherwise) for the search, with a
//   "Missing" timeline entry. A detention the row describes (arrest, charges, sentence, prison) is
//   kept, ended with the reason 'disappeared', so no fact of the row is lost; a warning says so.
import type { ImportStatus } from '../../../contract/imports';
import type { CaseStatus, ClosingReason, ReleaseReason } from '../../../../shared/vocabulary';
import { foldWord } from './import-vocab';

const WORDS: Readonly<Record<ImportStatus, readonly string[]>> = {
  imprisoned: [
    'imprisoned', 'in prison', 'detained', 'in detention', 'in custody', 'jailed', 'held', 'arrested', 'serving sentence', 'serving a sentence',
    'sentenced', 'incarcerated', 'prisoner', 'political prisoner', 'currently detained', 'still detained', 'still in prison', 'in jail',
    'в заключении', 'заключен', 'заключена', 'под стражей', 'в тюрьме', 'отбывает наказание', 'арестован', 'арестована', 'задержан', 'задержана',
    'в сизо', 'осужден', 'осуждена', 'в колонии', 'лишен свободы', 'лишена свободы', 'политзаключенный', 'политзаключенная',
  ],
  released: [
    'released', 'freed', 'free', 'released on bail', 'out of prison', 'released from prison', 'set free', 'pardoned', 'acquitted', 'amnestied',
    'освобожден', 'освобождена', 'на свободе', 'вышел на свободу', 'вышла на свободу', 'помилован', 'помилована', 'оправдан', 'оправдана', 'освобождены',
  ],
  killed: ['killed', 'murdered', 'assassinated', 'shot dead', 'killed in action', 'extrajudicially executed', 'убит', 'убита', 'убиты', 'застрелен', 'застрелена'],
  died: ['died', 'dead', 'deceased', 'passed away', 'умер', 'умерла', 'скончался', 'скончалась', 'погиб', 'погибла', 'умершие'],
  died_in_custody: [
    'died in custody', 'died in prison', 'died in detention', 'death in custody', 'died in jail', 'died while detained',
    'умер в заключении', 'умерла в заключении', 'умер под стражей', 'умерла под стражей', 'умер в тюрьме', 'умерла в тюрьме', 'погиб в заключении',
    'погибла в заключении', 'смерть в заключении', 'умер в колонии', 'умерла в колонии', 'умер в сизо', 'умерла в сизо',
  ],
  executed: ['executed', 'execution', 'put to death', 'казнен', 'казнена', 'расстрелян', 'расстреляна', 'приведен в исполнение'],
  missing: [
    'missing', 'disappeared', 'forcibly disappeared', 'enforced disappearance', 'enforced disappeared', 'whereabouts unknown', 'unknown whereabouts',
    'пропал', 'пропала', 'пропал без вести', 'пропала без вести', 'исчез', 'исчезла', 'насильственно исчезнувший', 'насильственно исчезнувшая',
    'насильственное исчезновение', 'местонахождение неизвестно', 'без вести пропавший', 'без вести пропавшая', 'пропавший', 'пропавшая',
  ],
};

const BY_WORD: ReadonlyMap<string, ImportStatus> = (() => {
  const out = new Map<string, ImportStatus>();
  for (const [status, words] of Object.entries(WORDS) as [ImportStatus, readonly string[]][]) {
    out.set(foldWord(status.replace(/_/g, ' ')), status);
    for (const w of words) out.set(foldWord(w), status);
  }
  return out;
})();

/** The status a cell names, or null. */
export function readStatus(raw: string): ImportStatus | null {
  return BY_WORD.get(foldWord(raw)) ?? null;
}

export const isImportStatus = (value: string): value is ImportStatus => Object.prototype.hasOwnProperty.call(WORDS, value);

/** What a status makes of the case and its detention (see the top of this file). */
export interface StatusOutcome {
  /** Stored instead of the row's case status; null: the row's, else 'active'. */
  caseStatus: CaseStatus | null;
  closingReason: ClosingReason | null;
  /** A detention is written even when the row gives no arrest details. */
  detentionWithoutDetails: boolean;
  /** The detention ends (at the death date, else the import day), with this reason. */
  ends: boolean;
  releaseReason: ReleaseReason | null;
  /** The timeline entry's title: the person died, was killed, executed, released or went missing. */
  event: string | null;
  /** The person died: the event is at the death date. */
  death: boolean;
}

const NONE: StatusOutcome = { caseStatus: null, closingReason: null, detentionWithoutDetails: false, ends: false, releaseReason: null, event: null, death: false };
const DIED = { ...NONE, caseStatus: 'closed', closingReason: 'died', ends: true, death: true } as const;

const OUTCOMES: Readonly<Record<ImportStatus, StatusOutcome>> = {
  imprisoned: { ...NONE, detentionWithoutDetails: true },
  released: { ...NONE, caseStatus: 'closed', closingReason: 'released', detentionWithoutDetails: true, ends: true, event: 'Released' },
  killed: { ...DIED, event: 'Killed' },
  died: { ...DIED, event: 'Died' },
  died_in_custody: { ...DIED, detentionWithoutDetails: true, releaseReason: 'death_in_custody', event: 'Died in custody' },
  executed: { ...DIED, detentionWithoutDetails: true, releaseReason: 'death_in_custody', event: 'Executed' },
  missing: { ...NONE, ends: true, releaseReason: 'disappeared', event: 'Missing' },
};

/** The outcome of a row's status and death date: a death date alone closes the case as died, as before. */
export function statusOutcome(status: ImportStatus | null, deathDate: string | null): StatusOutcome {
  if (status !== null) {
    const o = OUTCOMES[status];
    // A death date in a row that says "imprisoned" or "missing": the person died; the date is the stronger fact.
    if (deathDate !== null && !o.death) return { ...DIED, event: 'Died', detentionWithoutDetails: o.detentionWithoutDetails };
    return o;
  }
  return deathDate !== null ? { ...DIED, event: 'Died' } : NONE;
}
