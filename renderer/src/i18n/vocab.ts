// Options for selects built from the contract's vocabularies, labelled in the current language.
import { useTranslation } from 'react-i18next';

import type { Option } from '../components/Field';

/** e.g. useVocab('channel', REFERRAL_CHANNELS) → [{ value: 'family', label: 'Family' }, …] */
export function useVocab(group: string, values: readonly string[]): Option[] {
  const { t } = useTranslation('vocab');
  return values.map((value) => ({ value, label: t(`${group}.${value}`) }));
}

export function useVocabLabel(): (group: string, value: string | null | undefined) => string {
  const { t } = useTranslation('vocab');
  return (group, value) => (value ? t(`${group}.${value}`) : '');
}
