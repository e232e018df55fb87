// Asks the backend, a moment after the typing stops, whether the person being entered may already
// be in the vault (people.possibleDuplicates). Answers to older typing are dropped; a failed or
// refused check shows nothing, since the warning must never get in the way of logging a referral.
import { useEffect, useRef, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';

import type { PossibleDuplicate } from '../../../../db/api';
import { call } from '../../api/client';
import type { IntakeValues } from './intakeSchema';

const TYPING_DELAY_MS = 400;
/** Fewer letters than this name nobody yet. */
const MIN_NAME_LENGTH = 3;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function usePossibleDuplicates(): PossibleDuplicate[] {
  const { control } = useFormContext<IntakeValues>();
  const [name, variants, birthDate, countryCode, citizenship] = useWatch({
    control,
    name: ['person.name', 'person.nameVariants', 'person.birthDate', 'countryCode', 'person.citizenship'],
  });
  const [found, setFound] = useState<PossibleDuplicate[]>([]);
  const latest = useRef(0);
  const spellings = variants.map((v) => v.name.trim()).filter((n) => n !== '');
  // A stable key for the effect: the array from useWatch is new on every render.
  const key = JSON.stringify([name.trim(), spellings, birthDate.trim(), countryCode, citizenship]);

  useEffect(() => {
    const request = ++latest.current;
    const [typed, nameVariants, birth, country, citizen] = JSON.parse(key) as [string, string[], string, string, string];
    if (typed.length < MIN_NAME_LENGTH) {
      setFound([]);
      return undefined;
    }
    const timer = setTimeout(() => {
      void call('people.possibleDuplicates', {
        name: typed,
        nameVariants,
        // Only what is complete enough to compare: a half-typed date would rule everyone out.
        ...(PARTIAL_DATE.test(birth) ? { birthDate: birth } : {}),
        ...(country !== '' ? { countryCode: country } : {}),
        ...(citizen !== '' ? { citizenship: citizen } : {}),
      }).then((r) => {
        if (request === latest.current) setFound(r.ok ? r.value : []);
      });
    }, TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [key]);

  return found;
}
