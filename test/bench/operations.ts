// The calls the benchmark times, each given the same inputs on the encrypted and the plain side:
// a referral typed at intake, a filtered page of the case list, a case's timeline, a name search,
// the global search across names, spellings, charges, facilities and notes, and intake's check
// for a person already in the vault; and the organisation-wide lists supervisors open: every
// case's deadlines, the review queue (plain and filtered), deadlines by caseworker, the overview
// and the case dossier's PDF.
import type { MethodName } from '../../db/api';
import { groupFor, personName, sampleSurnames } from '../../db/dev/seed/seed-names';
import { Random } from '../../db/dev/seed/seed-random';

export interface Operation {
  name: string;
  runs: number;
  method: MethodName;
  /** The input of run i; the same i gives the same input on both sides. */
  input(i: number): unknown;
  /** Timed on the encrypted vault only: an audited write, which the plain copy (no audit signer) refuses. */
  encryptedOnly?: boolean;
}

const FOCUS = ['KZ', 'KG', 'TJ', 'TM', 'UZ'] as const;

/** dossierCaseId: a case with 200 timeline entries (test/db/features/documents/support/dossier-case.ts). */
export function operations(caseIds: readonly string[], today: string, dossierCaseId?: string): Operation[] {
  const surnames = sampleSurnames();
  const pick = <T>(list: readonly T[], i: number, salt: string): T => new Random(`${salt}:${i}`).pick(list);
  return [
    {
      name: 'referrals.create (new person)',
      runs: 40,
      method: 'referrals.create',
      input: (i) => ({
        receivedOn: today,
        channel: 'family',
        countryCode: pick(FOCUS, i, 'country'),
        summary: 'Detained after a post criticising the local administration.',
        urgency: 'high',
        consent: 'private_only',
        person: {
          name: `Bench Person ${i} ${pick(surnames, i, 'surname')}`,
          nameVariants: [{ name: `Бенч ${i}` }],
          sex: 'male',
          birthDate: '1984',
          citizenship: 'KZ',
          professions: ['journalist'],
        },
        detention: { arrestDate: today.slice(0, 7), detentionType: 'pre_trial', place: 'Almaty' },
      }),
    },
    {
      name: 'cases.list country+status, 50 rows',
      runs: 40,
      method: 'cases.list',
      input: (i) => ({ countryCode: pick(FOCUS, i, 'list'), status: ['active'], limit: 50 }),
    },
    {
      name: 'timeline.forCase (random case)',
      runs: 60,
      method: 'timeline.forCase',
      input: (i) => ({ caseId: pick(caseIds, i, 'timeline') }),
    },
    {
      name: 'cases.list name search, 50 rows',
      runs: 20,
      method: 'cases.list',
      input: (i) => ({ search: pick(surnames, i, 'search'), limit: 50 }),
    },
    {
      name: 'search.query surname, 20 hits',
      runs: 40,
      method: 'search.query',
      input: (i) => ({ q: pick(surnames, i, 'global'), limit: 20 }),
    },
    {
      // Short prefixes match the most index terms: the slow end of typing into the search box.
      name: 'search.query 3-letter prefix, 20 hits',
      runs: 40,
      method: 'search.query',
      input: (i) => ({ q: pick(surnames, i, 'prefix').slice(0, 3), limit: 20 }),
    },
    {
      // A full name as typed at intake, with a birth year: the synthetic names repeat, so each has
      // many namesakes, more than a real vault would hold.
      name: 'people.possibleDuplicates full name',
      runs: 40,
      method: 'people.possibleDuplicates',
      input: (i) => {
        const rng = new Random(`duplicates:${i}`);
        const countryCode = rng.pick(FOCUS);
        return { name: personName(rng, groupFor(rng, countryCode), rng.chance(0.3)).name, birthDate: '1984', countryCode };
      },
    },
    {
      // Every open case's reminders, as supervisors and administrators see them.
      name: 'tasks.deadlines scope all',
      runs: 10,
      method: 'tasks.deadlines',
      input: () => ({ scope: 'all' }),
    },
    {
      name: 'review.queue first page',
      runs: 10,
      method: 'review.queue',
      input: () => ({ limit: 50 }),
    },
    {
      name: 'review.queue filtered by country and searched',
      runs: 10,
      method: 'review.queue',
      input: () => ({ limit: 50, countryCode: 'KZ', search: 'Али' }),
    },
    {
      name: 'overview.get',
      runs: 10,
      method: 'overview.get',
      input: () => ({}),
    },
    {
      name: 'review.deadlinesByCaseworker',
      runs: 10,
      method: 'review.deadlinesByCaseworker',
      input: () => ({}),
    },
    ...(dossierCaseId === undefined
      ? []
      : [
          {
            // The whole PDF: gathering the case, laying out about eight pages, audited.
            name: 'documents.dossier (200 timeline entries)',
            runs: 5,
            method: 'documents.dossier' as const,
            encryptedOnly: true,
            input: (i: number) => ({ caseId: dossierCaseId, language: i % 2 === 0 ? 'en' : 'ru' }),
          },
        ]),
  ];
}
