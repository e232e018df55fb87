// A new passphrase typed twice, with the live strength hint under the first copy. Used wherever a
// passphrase is chosen: the first run, changing one's own, adding a user, resetting one.
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { TextField } from '../../components/Field';
import { StrengthMeter } from './StrengthMeter';
import { usePassphraseStrength } from './usePassphraseStrength';

export interface NewPassphraseFieldsProps {
  passphrase: UseFormRegisterReturn;
  repeat: UseFormRegisterReturn;
  /** The first copy as typed, watched by the form, for the strength hint. */
  value: string;
  /** Whose passphrase it is: a passphrase containing the user name is refused. */
  userName?: string | undefined;
  passphraseError?: string | undefined;
  repeatError?: string | undefined;
  passphraseLabel?: string;
  repeatLabel?: string;
}

export function NewPassphraseFields(props: NewPassphraseFieldsProps) {
  const { t } = useTranslation('unlock');
  const { strength, pending } = usePassphraseStrength(props.value, props.userName);
  return (
    <>
      <TextField
        {...props.passphrase}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        required
        label={props.passphraseLabel ?? t('fields.newPassphrase')}
        error={props.passphraseError}
        hint={<StrengthMeter strength={strength} pending={pending} />}
      />
      <TextField
        {...props.repeat}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        required
        label={props.repeatLabel ?? t('fields.repeatPassphrase')}
        error={props.repeatError}
      />
    </>
  );
}
